import './strict-csp';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getBridge } from './api/bridge';
import { App } from './app/App';
import { prepareScreensOnRouteChange } from './app/screen-preparation';

// Create the bridge first: in the browser host it takes the "#code=" hand-over out of the
// address before the hash router reads it.
getBridge();
prepareScreensOnRouteChange();

// The page's policy allows <style> tags only with this load's nonce (no 'unsafe-inline'):
// both hosts write it into index.html where Vite put <meta property="csp-nonce">, and
// emotion (MUI's styling) puts it on every <style> tag it adds. The browser hides the
// attribute from markup once the page runs; the `nonce` property keeps it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;
const styleCache = createCache({ key: 'css', nonce, prepend: true });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 10_000 },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <CacheProvider value={styleCache}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </CacheProvider>
  </StrictMode>,
);
