import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsCurrent, commandOf, startsServer } from '../../scripts/console-build.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A file written with the given modification time (seconds since the epoch). */
function fileAt(path: string, seconds: number) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, 'x');
  utimesSync(path, seconds, seconds);
}

describe('npm run county', () => {
  it('starts the server without a command, and runs admin commands without building', () => {
    expect(startsServer([])).toBe(true);
    expect(startsServer(['--port', '8787', '--data', './county-data'])).toBe(true);
    expect(startsServer(['serve', '--host', '0.0.0.0'])).toBe(true);
    expect(startsServer(['user', 'add', '--name', 'serve', '--role', 'viewer', '--password-stdin'])).toBe(false);
    expect(startsServer(['--data', './d', 'station', 'list'])).toBe(false);
    expect(startsServer(['--help'])).toBe(false);
    expect(commandOf(['--name', 'station', 'user', 'list'])).toBe('user');
  });

  it('builds the console when its build is missing or older than a source', () => {
    const root = mkdtempSync(join(tmpdir(), 'county-script-'));
    folders.push(root);
    const index = join(root, 'out', 'index.html');
    const sources = [join(root, 'console'), join(root, 'shared')];
    fileAt(join(root, 'console', 'src', 'app.tsx'), 1_000);
    expect(buildIsCurrent(index, sources)).toBe(false);
    fileAt(index, 2_000);
    expect(buildIsCurrent(index, sources)).toBe(true);
    fileAt(join(root, 'shared', 'rules', 'rule.ts'), 3_000);
    expect(buildIsCurrent(index, sources)).toBe(false);
  });
});
