// Why the screen is empty on JFrog Cloud: there is no web server of yours in front of it.
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import { Button } from '@mui/material';
import { navigate } from '../../app/router';
import { EmptyState } from '../../components/EmptyState';

export function CloudNotice({ instanceName }: { instanceName: string }) {
  return (
    <EmptyState
      icon={<CloudOutlined />}
      title="HTTP settings are for self-hosted platforms"
      description={`${instanceName} is a JFrog Cloud instance. JFrog runs the front end of Cloud instances, so there is no NGINX or Apache reverse proxy to configure and no snippet to download. You can still write a snippet for a self-hosted platform with the offline generator.`}
      action={
        <Button variant="outlined" onClick={() => navigate('snippet-generator')}>
          Open the offline snippet generator
        </Button>
      }
    />
  );
}
