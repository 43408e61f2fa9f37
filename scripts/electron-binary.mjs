// Is the Electron binary on this machine? (Its download fails where the network reaches only npm.)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ available: boolean, version: string | null, path: string | null }} */
export function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { available: false, version: null, path: null };
  }
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const pathFile = join(pkgDir, 'path.txt');
  if (!existsSync(pathFile)) return { available: false, version, path: null };
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return { available: existsSync(binary), version, path: existsSync(binary) ? binary : null };
}
