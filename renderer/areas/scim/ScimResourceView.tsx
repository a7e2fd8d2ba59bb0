// A SCIM resource as fields and as the raw JSON the platform sent.
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { CodeViewer } from '../../components/code/CodeViewer';

export interface Field {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function ScimResourceView({ fields, raw, label }: { fields: Field[]; raw: unknown; label: string }) {
  const [tab, setTab] = useState(0);
  return (
    <Box>
      <Tabs value={tab} onChange={(_e, value: number) => setTab(value)} sx={{ mb: 1 }}>
        <Tab label="Resource" />
        <Tab label="Raw JSON" data-testid="scim-raw-tab" />
      </Tabs>
      {tab === 0 ? (
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: '140px 1fr', rowGap: 1, columnGap: 2, m: 0 }}>
          {fields.map((field) => (
            <Box key={field.label} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2" color="text.secondary">
                {field.label}
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0, wordBreak: 'break-word' }} data-testid={field.testId}>
                {field.value}
              </Typography>
            </Box>
          ))}
        </Box>
      ) : (
        <CodeViewer text={JSON.stringify(raw, null, 2)} language="plain" label={label} maxHeight={360} />
      )}
    </Box>
  );
}

export const chips = (values: string[], empty = '(none)') =>
  values.length === 0 ? (
    empty
  ) : (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {values.map((v) => (
        <Chip key={v} size="small" label={v} />
      ))}
    </Box>
  );
