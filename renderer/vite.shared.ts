import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

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

/**
 * The renderer build, shared by the desktop build (electron.vite.config.ts) and the browser edition
 * (renderer/vite.config.ts). Paths come from the caller: bundled config files do not keep their own folder.
 */
export function rendererConfig(projectRoot: string): UserConfig {
  return {
    root: resolve(projectRoot, 'renderer'),
    base: './',
    plugins: [react(), relaxCspInDev()],
    build: {
      outDir: resolve(projectRoot, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 4000,
    },
    preview: { host: '127.0.0.1' },
  };
}
