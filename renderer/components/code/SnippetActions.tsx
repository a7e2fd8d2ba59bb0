// Copy and save buttons for a snippet, with a short confirmation of what happened.
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { copyText, downloadText } from '../files';

export function SnippetActions({ text, fileName, disabled }: { text: string; fileName: string; disabled?: boolean }) {
  const [note, setNote] = useState('');
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Button
        size="small"
        startIcon={<ContentCopyIcon />}
        disabled={disabled}
        onClick={async () => setNote((await copyText(text)) ? 'Copied to the clipboard' : 'Copy failed: the clipboard is not available')}
      >
        Copy
      </Button>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={disabled}
        onClick={() => {
          downloadText(fileName, text);
          setNote(`Saved as ${fileName}`);
        }}
      >
        Save as {fileName}
      </Button>
      <Typography variant="caption" color="text.secondary" role="status">
        {note}
      </Typography>
    </Stack>
  );
}
