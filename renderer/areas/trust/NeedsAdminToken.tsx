// 401/403 on an Access trust call: since 7.12 these need an admin-scoped token.
import LockOutlined from '@mui/icons-material/LockOutlined';
import { apiErrorOf } from '../../api/bridge';
import { EmptyState } from '../../components/EmptyState';

export function NeedsAdminToken({ error }: { error: unknown }) {
  const api = apiErrorOf(error);
  return (
    <EmptyState
      icon={<LockOutlined />}
      title="Needs an admin-scoped access token"
      description={`The platform answered ${api?.status ?? 403}${api?.platformMessage ? ` (${api.platformMessage})` : ''}. Since 7.12 Access answers these calls only for an admin-scoped access token; basic authentication with a password is refused. Edit the instance to use such a token.`}
    />
  );
}
