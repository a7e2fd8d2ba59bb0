import ContentCopy from '@mui/icons-material/ContentCopy';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import RadioButtonChecked from '@mui/icons-material/RadioButtonChecked';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { AUTH_KIND_LABELS, type InstanceView } from '../../../shared/areas/instances/model';
import { InstanceBadges } from '../../app/InstanceBadges';

interface Props {
  instance: InstanceView;
  active: boolean;
  onActivate: () => void;
  onEdit: () => void;
  onDuplicate: () => void;
  onRemove: () => void;
}

const PLATFORM_LABEL = { cloud: 'JFrog Cloud', 'self-hosted': 'Self-hosted', unknown: 'Cloud or self-hosted not detected yet' } as const;

export function InstanceCard({ instance, active, onActivate, onEdit, onDuplicate, onRemove }: Props) {
  return (
    <Card
      data-testid="instance-card"
      data-instance-name={instance.name}
      sx={{
        p: 2,
        display: 'flex',
        gap: 2,
        alignItems: 'center',
        borderLeft: 4,
        borderLeftColor: instance.color,
        ...(active && { borderColor: 'primary.main', borderLeftColor: instance.color }),
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <InstanceBadges instance={instance} />
          {active && <Chip size="small" color="primary" label="Active" sx={{ height: 20, fontSize: 11 }} />}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, fontFamily: 'monospace', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {instance.baseUrl}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {AUTH_KIND_LABELS[instance.authKind]}
          {instance.username ? ` as ${instance.username}` : ''} · {PLATFORM_LABEL[instance.platform]}
          {instance.hasSecret ? '' : ' · no credential stored'}
          {instance.tls.skipVerify ? ' · TLS verification off' : ''}
        </Typography>
      </Box>
      {!active && (
        <Button size="small" variant="outlined" startIcon={<RadioButtonChecked />} onClick={onActivate}>
          Set active
        </Button>
      )}
      <Tooltip title="Edit">
        <IconButton aria-label={`Edit ${instance.name}`} onClick={onEdit}>
          <EditOutlined />
        </IconButton>
      </Tooltip>
      <Tooltip title="Duplicate">
        <IconButton aria-label={`Duplicate ${instance.name}`} onClick={onDuplicate}>
          <ContentCopy />
        </IconButton>
      </Tooltip>
      <Tooltip title="Remove">
        <IconButton aria-label={`Remove ${instance.name}`} onClick={onRemove} color="error">
          <DeleteOutline />
        </IconButton>
      </Tooltip>
    </Card>
  );
}
