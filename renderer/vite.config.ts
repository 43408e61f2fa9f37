import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

const root = resolve(import.meta.dirname);

/**
 * The dev server needs an inline script (React fast refresh), which the strict CSP in index.html forbids.
 * Only while serving in development, the CSP meta element is taken out; builds keep it.
 */
function relaxCspInDev(): Plugin {
  return {
    name: 'doorstep-relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
  };
}

/** The renderer build, shared by the desktop build (electron.vite.config.ts) and the browser edition. */
export const rendererConfig: UserConfig = {
  root,
  base: './',
  plugins: [react(), relaxCspInDev()],
  build: {
    outDir: resolve(root, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  preview: { host: '127.0.0.1' },
};

export default rendererConfig;
