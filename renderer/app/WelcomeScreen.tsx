import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { navigate } from './router';

/** First run: what Lilypad is, and the one thing to do next. */
export default function WelcomeScreen() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center', pt: { xs: 4, md: 10 } }}>
      <Paper variant="outlined" sx={{ p: 5, maxWidth: 560, textAlign: 'center', borderRadius: 3 }}>
        <Typography variant="h4" component="h1" sx={{ fontWeight: 700, mb: 1.5 }}>
          Welcome to Lilypad
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 0.5 }}>
          One window to administer all your JFrog Platform instances, self-hosted or Cloud.
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 4 }}>
          Add an instance to see its health and manage its users, groups and settings.
        </Typography>
        <Button variant="contained" size="large" startIcon={<Add />} onClick={() => navigate('instances/new')} data-testid="welcome-add">
          Add instance
        </Button>
      </Paper>
    </Box>
  );
}
