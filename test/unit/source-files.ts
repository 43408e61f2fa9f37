import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The folders that hold the project's own code, tests, benchmarks and scripts. */
export const SOURCE_ROOTS = ['shared', 'renderer', 'electron', 'server', 'test', 'bench', 'scripts'] as const;

const SOURCE_FILE = /\.(ts|tsx|mjs|js)$/;
/** Build output and installed packages are not the project's code. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'release', 'coverage', 'test-results']);

/** Every source file under the roots, as a path relative to `root` with forward slashes, sorted. */
export function sourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) walk(path);
      } else if (entry.isFile() && SOURCE_FILE.test(entry.name)) {
        found.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  for (const part of SOURCE_ROOTS) if (existsSync(join(root, part))) walk(join(root, part));
  return found.sort();
}
