import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer/vite.shared.ts';

const root = import.meta.dirname;
const renderer = rendererConfig(root);

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(root, 'electron/main/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads may require nothing but 'electron': bundle everything else in.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
      rollupOptions: { external: ['electron'] },
    },
  },
  renderer: {
    ...renderer,
    build: { ...renderer.build, rollupOptions: { input: resolve(root, 'renderer/index.html') } },
  },
});
