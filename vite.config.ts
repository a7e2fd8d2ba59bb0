import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer is built to static files: Electron loads them through its app:// protocol,
// the browser host serves them from 127.0.0.1. Relative base works for both.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  // Every <script>, <style> and stylesheet <link> (and a <meta property="csp-nonce">) gets
  // this placeholder as its nonce; both hosts replace it per page load (hardening.ts).
  html: { cspNonce: 'LILYPAD_CSP_NONCE' },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // index.html keeps its preload links; a lazy import gets none injected before it: adding
    // them cost ~30 ms of main thread on a screen's first opening (and held back its first
    // call), while the chunks come from the browser's cache (hashed names, kept immutable) or,
    // in Electron, from disk.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rollupOptions: {
      output: {
        // zod and the switch that keeps it from probing `new Function` (renderer/strict-csp.ts)
        // share a chunk: whatever builds a schema imports that chunk, so the switch is on first.
        manualChunks: (id) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]strict-csp\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
