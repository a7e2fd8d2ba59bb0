// The one "needs admin permissions" state of every screen that needs an administrator
// (users, groups, HTTP settings): what the platform did, and what to change.
import AdminPanelSettingsOutlined from '@mui/icons-material/AdminPanelSettingsOutlined';
import type { AdminNeed } from '../app/instance-access';
import { EmptyState } from './EmptyState';

export function NeedsAdminState({ instanceName, need }: { instanceName: string; need: AdminNeed }) {
  return (
    <div data-testid="needs-admin">
      <EmptyState
        icon={<AdminPanelSettingsOutlined />}
        title="Needs admin permissions"
        description={
          <>
            The credential of {instanceName} is not an administrator, so the platform {need.evidence}. Use an admin token (or an administrator&rsquo;s credentials) for this
            instance.
            {need.maybePassword && ' If the account is an administrator, this instance may refuse passwords for users and groups: sign in with an access token instead.'}
            {need.maybeCloud && ' Or this is a JFrog Cloud instance, where these settings do not exist.'}
          </>
        }
      />
    </div>
  );
}
