import Button from '@mui/material/Button';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { EmptyState } from '../components/EmptyState';

interface State {
  error: Error | null;
}

/**
 * Catches a screen that throws while rendering or fails to load its chunk (e.g. after an
 * update replaced the files), so the shell and navigation stay usable.
 */
export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    // Navigating elsewhere clears the error.
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen failed', error.message, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <EmptyState
        title="This screen failed to load"
        description={this.state.error.message}
        action={
          <Button variant="outlined" onClick={() => window.location.reload()}>
            Reload Lilypad
          </Button>
        }
      />
    );
  }
}
