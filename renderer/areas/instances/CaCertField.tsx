import UploadFile from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { readFileText } from '../../components/files';

interface Props {
  pem: string;
  fileName: string;
  error?: string;
  onChange: (pem: string, fileName: string) => void;
}

/** Extra CA certificate: pick a PEM file (read here, as text) or paste it. */
export function CaCertField({ pem, fileName, error, onChange }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1 }}>
        <Button size="small" variant="outlined" startIcon={<UploadFile />} onClick={() => input.current?.click()}>
          Choose PEM file…
        </Button>
        <Typography variant="body2" color="text.secondary" data-testid="ca-file-name">
          {fileName || 'No file chosen: or paste the certificate below'}
        </Typography>
        {pem && (
          <Button size="small" onClick={() => onChange('', '')}>
            Clear
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept=".pem,.crt,.cer,text/plain"
          hidden
          data-testid="ca-file-input"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onChange(await readFileText(file), file.name);
          }}
        />
      </Box>
      <TextField
        label="Extra CA certificate (PEM, optional)"
        multiline
        minRows={2}
        maxRows={6}
        value={pem}
        error={Boolean(error)}
        helperText={error ?? 'Trusted in addition to the system certificates, e.g. for an internal CA.'}
        onChange={(event) => onChange(event.target.value, fileName || (event.target.value ? 'pasted certificate' : ''))}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 12 } } }}
      />
    </Box>
  );
}
