import { describe, expect, it } from 'vitest';
import { circles, scanImports, shortestLoop } from './import-graph';
import { sourceFiles } from './source-files';

/**
 * Circles being removed by work not yet merged: the home page and the screen table import each other. Each entry is one circle's files, exactly; an entry that no longer matches a circle fails
 * the test below so that the list is emptied as the fixes land.
 */
const PENDING_CYCLES: readonly (readonly string[])[] = [
  ['renderer/src/features/home/home-page.tsx', 'renderer/src/features/layout/screens.tsx'],
];

const root = process.cwd();
const { graph, unresolved } = scanImports(root, sourceFiles(root));
const found = circles(graph);
const key = (files: readonly string[]): string => [...files].sort().join(' ');
const pending = new Set(PENDING_CYCLES.map(key));

describe('import circles', () => {
  it('resolves every relative and alias import to a project file', () => {
    expect(unresolved).toEqual([]);
  });

  it('finds no import circle (type-only imports included) beyond the pending ones', () => {
    const fresh = found
      .filter((c) => !pending.has(key(c)))
      .map((c) => `${shortestLoop(graph, c)} (${c.length} files in the circle)`);
    expect(fresh).toEqual([]);
  });

  it('keeps PENDING_CYCLES to circles that still exist', () => {
    const current = new Set(found.map(key));
    expect(PENDING_CYCLES.map(key).filter((k) => !current.has(k))).toEqual([]);
  });
});
