import { describe, expect, it } from 'vitest';
import { circles, scanImports, shortestLoop } from './import-graph';
import { sourceFiles } from './source-files';

const root = process.cwd();
const { graph, unresolved } = scanImports(root, sourceFiles(root));
const found = circles(graph);

describe('import circles', () => {
  it('resolves every relative and alias import to a project file', () => {
    expect(unresolved).toEqual([]);
  });

  it('finds no import circle (type-only imports included)', () => {
    expect(found.map((c) => `${shortestLoop(graph, c)} (${c.length} files in the circle)`)).toEqual([]);
  });
});
