import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { circles, scanImports, shortestLoop } from './import-graph';
import { sourceFiles } from './source-files';

// A small project beside the real one, resolved with the real tsconfig and the same package.json aliases.
const root = mkdtempSync(join(tmpdir(), 'import-graph-'));
const write = (file: string, text: string): void => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
};
copyFileSync(join(process.cwd(), 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
write('package.json', JSON.stringify({ type: 'module', imports: { '#shared/*': './shared/*.ts' } }));
write('shared/x/a.ts', "import { b } from '#shared/x/b';\nexport const a = (): number => b + 1;\n");
write('shared/x/b.ts', "import { a } from './a';\nexport const b = 1;\nexport const again = a;\n");
write('shared/y/c.ts', "import type { D } from '../y/d';\nexport interface C { d?: D }\n");
write('shared/y/d.ts', "export type { C as D } from './c';\n");
write('shared/z/e.ts', "import { a } from '../x/a';\nimport './e.css';\nimport { gone } from './gone';\n");
write('shared/z/f.ts', "export const f = (): Promise<unknown> => import('./f');\n");
write('shared/z/g.ts', "import { z } from 'zod';\nexport const g = z.string();\n");
write('bench/h.mjs', "import { a } from '#shared/x/a';\nexport const h = a;\n");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = sourceFiles(root);
const { graph, unresolved } = scanImports(root, files);

describe('the import graph', () => {
  it('lists the source files of the parts', () => {
    expect(files).toEqual([
      'bench/h.mjs',
      'shared/x/a.ts',
      'shared/x/b.ts',
      'shared/y/c.ts',
      'shared/y/d.ts',
      'shared/z/e.ts',
      'shared/z/f.ts',
      'shared/z/g.ts',
    ]);
  });

  it('follows aliases, relative paths, type-only imports, re-exports and dynamic imports; not packages', () => {
    expect(Object.fromEntries(graph)).toEqual({
      'bench/h.mjs': ['shared/x/a.ts'],
      'shared/x/a.ts': ['shared/x/b.ts'],
      'shared/x/b.ts': ['shared/x/a.ts'],
      'shared/y/c.ts': ['shared/y/d.ts'],
      'shared/y/d.ts': ['shared/y/c.ts'],
      'shared/z/e.ts': ['shared/x/a.ts'],
      'shared/z/f.ts': ['shared/z/f.ts'],
      'shared/z/g.ts': [],
    });
  });

  it('reports a local import that resolves to nothing, but not a stylesheet', () => {
    expect(unresolved).toEqual(['shared/z/e.ts: ./gone']);
  });

  it('finds every circle, a file importing itself included', () => {
    expect(circles(graph)).toEqual([
      ['shared/x/a.ts', 'shared/x/b.ts'],
      ['shared/y/c.ts', 'shared/y/d.ts'],
      ['shared/z/f.ts'],
    ]);
  });

  it('shows one way round a circle', () => {
    expect(shortestLoop(graph, ['shared/x/a.ts', 'shared/x/b.ts'])).toBe(
      'shared/x/a.ts → shared/x/b.ts → shared/x/a.ts',
    );
    expect(shortestLoop(graph, ['shared/z/f.ts'])).toBe('shared/z/f.ts → shared/z/f.ts');
  });
});
