import { resolve } from 'node:path';
import { rendererConfig } from './vite.shared.ts';

/** The browser edition: `npm run build:web`, `npm run serve:web`. */
export default rendererConfig(resolve(import.meta.dirname, '..'));
