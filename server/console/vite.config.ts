import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = resolve(import.meta.dirname);

/** The dev server's React refresh needs an inline script, which the page's strict CSP forbids: dev only. */
function relaxCspInDev(): Plugin {
  return {
    name: 'doorstep-console-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/**
 * The county console's web app (`npm run build:console`): built into out/console/, which the county server
 * serves at /console/. In development (`npx vite --config server/console/vite.config.ts`) the API calls go to a
 * county server on 127.0.0.1:8787.
 */
export default defineConfig({
  root,
  base: '/console/',
  plugins: [react(), relaxCspInDev()],
  build: {
    outDir: resolve(root, '../../out/console'),
    emptyOutDir: true,
    minify: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8787' } },
});
