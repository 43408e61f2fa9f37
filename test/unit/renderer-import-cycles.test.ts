import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Screens, widgets, commands and queries import each other in one direction: a module never reaches itself
// again through its imports (a circle makes the load order decide which side sees the other undefined).
const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('.')
    ? resolve(dirname(from), spec)
    : spec.startsWith('#renderer/')
      ? join(src, spec.slice('#renderer/'.length))
      : null;
  if (base === null) return null;
  const found = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(p));
  return found && found.startsWith(src) && /\.tsx?$/.test(found) ? found : null;
}

/** Every import circle among the given modules, each as the path around it. */
function importCircles(files: readonly string[]): string[][] {
  const edges = new Map(
    files.map((f) => {
      const text = readFileSync(f, 'utf8');
      const targets = [...text.matchAll(IMPORT)].map((m) => resolveImport(f, m[1] ?? m[2] ?? ''));
      return [f, targets.filter((t): t is string => t !== null)];
    }),
  );
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    path.push(f);
    for (const next of edges.get(f) ?? []) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(f, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return circles.map((c) => c.map((f) => relative(root, f)));
}

describe('renderer imports', () => {
  it('never go round in a circle', () => {
    expect(importCircles(sourceFiles(src))).toEqual([]);
  });
});
