// A 403 on a screen of this area: the credential is not an admin.
import LockOutlined from '@mui/icons-material/LockOutlined';
import { EmptyState } from '../../components/EmptyState';

export function NeedsAdmin({ what }: { what: string }) {
  return (
    <EmptyState
      icon={<LockOutlined />}
      title="Needs an administrator"
      description={`The platform answered 403 Forbidden: this instance's credential may not read ${what}. Save the instance with an admin user or an admin-scoped access token.`}
    />
  );
}
