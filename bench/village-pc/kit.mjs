// The benchmark's in-page kit (page-kit.ts), bundled by Vite and served on the app's own origin through a
// Playwright route, so the page imports it as one of its own scripts (the app's CSP allows only 'self').
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const KIT_PATH = '/__village-pc/page-kit.js';

/** Bundles the kit once; answers its source text. */
export async function bundleKit() {
  const out = mkdtempSync(join(tmpdir(), 'doorstep-village-pc-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(here, 'page-kit.ts'), formats: ['es'], fileName: () => 'page-kit.js' },
    },
  });
  return readFileSync(join(out, 'page-kit.js'), 'utf8');
}

/** Serves the kit to every page of the context, at a path of the app's origin. */
export async function routeKit(context, source) {
  await context.route(`**${KIT_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: source }),
  );
}

/** Calls one of the kit's exports in the page with a JSON-able argument; answers its result. */
export function callKit(page, name, arg) {
  return page.evaluate(
    async ({ path, name, arg }) => {
      const kit = await import(new URL(path, location.href).href);
      return kit[name](arg);
    },
    { path: `.${KIT_PATH}`, name, arg },
  );
}
