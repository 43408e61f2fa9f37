import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './source-files';

/** No source or test file is longer than this; a longer one has more than one job and is split by theme. */
const MAX_LINES = 300;

/** The i18n message catalogues are one table each, kept whole so a translator sees every key in one place. */
const EXEMPT = /^(renderer\/src|server\/console\/src)\/i18n\//;

/** Lines as `wc -l` counts them, plus a last line without its newline. */
export function lineCount(text: string): number {
  const newlines = text.split('\n').length - 1;
  return text.length === 0 || text.endsWith('\n') ? newlines : newlines + 1;
}

const root = process.cwd();
const lengths = new Map(
  sourceFiles(root)
    .filter((file) => !EXEMPT.test(file))
    .map((file) => [file, lineCount(readFileSync(join(root, file), 'utf8'))] as const),
);
const tooLong = [...lengths].filter(([, lines]) => lines > MAX_LINES);

describe('file size', () => {
  it('counts lines as wc -l does', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });

  it(`keeps every source and test file within ${MAX_LINES} lines`, () => {
    expect(tooLong.map(([file, lines]) => `${file}: ${lines} lines`)).toEqual([]);
  });
});
