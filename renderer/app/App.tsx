import { isCloud } from '../../shared/areas/instances/platform-kind';
import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import { ThemeProvider } from '@mui/material/styles';
import { Suspense, lazy, memo, useDeferredValue, useEffect } from 'react';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { Notifications } from '../components/Notifications';
import { screens } from '../areas/registry';
import { preloadScreensWhenIdle } from './idle-preload';
import { OpeningBar } from './OpeningBar';
import { useActiveInstance, useActiveInstanceSync, useInstances } from './active-instance';
import { InstanceFrame } from './InstanceFrame';
import { NavDrawer } from './NavDrawer';
import { screenFor } from './nav';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { useRoute } from './router';
import { INPUT_AUTOFILL_KEYFRAMES, useAppTheme } from './theme';
import { TopBar } from './TopBar';
import { useNavShortcuts } from './use-shortcuts';

const WelcomeScreen = lazy(() => import('./WelcomeScreen'));

export function App() {
  const theme = useAppTheme();
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={INPUT_AUTOFILL_KEYFRAMES} />
      <Box sx={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
        <InstanceFrame />
        <TopBar />
        <Shell />
      </Box>
      <Notifications />
    </ThemeProvider>
  );
}

function Shell() {
  const active = useActiveInstance();
  // No route yet: the overview when there is an instance, else the welcome screen.
  const route = useRoute() || (active ? 'overview' : '');
  // While the next screen's code loads, the screen follows the route in a deferred render:
  // the current one stays up (with a thin bar) instead of a fallback, which would hold the
  // next screen back for React's 300 ms reveal throttle. Code already here renders at once.
  const deferredRoute = useDeferredValue(route);
  const shownRoute = screenFor(route)?.component.isLoaded() === false ? deferredRoute : route;
  useActiveInstanceSync();
  useNavShortcuts();
  useEffect(() => preloadScreensWhenIdle(screens), []);
  return (
    <Box sx={{ display: 'flex', flex: 1, minHeight: 0 }}>
      <NavDrawer route={route} />
      <Box component="main" aria-busy={shownRoute !== route} sx={{ flex: 1, overflow: 'auto', p: { xs: 2, md: 3 }, position: 'relative' }}>
        {shownRoute !== route && <OpeningBar />}
        <Box sx={{ maxWidth: 1200, mx: 'auto' }}>
          <ScreenErrorBoundary resetKey={shownRoute}>
            <Suspense fallback={<LoadingState />}>
              <Content route={shownRoute} />
            </Suspense>
          </ScreenErrorBoundary>
        </Box>
      </Box>
    </Box>
  );
}

/** Picks the screen for the route (memo: a route change alone does not re-render the screen still shown); instance screens wait for an instance, self-hosted ones explain Cloud. */
const Content = memo(function Content({ route }: { route: string }) {
  const instances = useInstances();
  const active = useActiveInstance();
  if (instances.isPending) return <LoadingState label="Loading instances…" />;
  if (instances.isError) return <ErrorState title="Could not load instances" error={instances.error} onRetry={() => void instances.refetch()} />;

  if (!route) return <WelcomeScreen />;
  const screen = screenFor(route);
  if (!screen) {
    return <EmptyState title="Nothing here" description={`There is no screen called "${route}". Pick one on the left.`} />;
  }
  if (screen.scope === 'instance' && !active) return <WelcomeScreen />;
  if (screen.selfHostedOnly && !screen.explainsCloud && active !== undefined && isCloud(active)) {
    return <EmptyState title={`${screen.label} is for self-hosted platforms`} description={`${active.name} runs on JFrog Cloud, where JFrog manages this for you.`} />;
  }
  const Screen = screen.component;
  // Keyed by instance: switching instance starts the screen afresh, never with the old one's local state.
  return <Screen key={screen.scope === 'instance' ? active?.id : screen.id} />;
});
