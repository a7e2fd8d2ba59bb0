import LockOutlined from '@mui/icons-material/LockOutlined';
import Chip from '@mui/material/Chip';
import type { InstanceView } from '../../shared/areas/instances/model';
import { ColorDot, EnvironmentChip } from '../components/EnvironmentChip';
import { showsDemoChip } from './demo-chip';

/** Name, colour dot, environment, read-only and demo markers of one instance, in one line. */
export function InstanceBadges({ instance }: { instance: InstanceView }) {
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8, minWidth: 0 }}>
      <ColorDot color={instance.color} />
      <span data-testid="instance-name" style={{ fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {instance.name}
      </span>
      <EnvironmentChip label={instance.environment} />
      {instance.readOnly && <Chip size="small" variant="outlined" icon={<LockOutlined />} label="Read-only" data-testid="read-only-badge" sx={{ height: 20, fontSize: 11 }} />}
      {/* One demo marker: the environment chip already says DEMO when that is the label. */}
      {showsDemoChip(instance) && <Chip size="small" color="secondary" variant="outlined" label="Demo" data-testid="demo-chip" sx={{ height: 20, fontSize: 11 }} />}
    </span>
  );
}
