import { describe, expect, it } from 'vitest';
import { err, ok } from '#shared/result';
import { saveInBatches, type SaveProgress } from './save-in-batches';

const rows = (...numbers: number[]) => numbers.map((row) => ({ row, id: `id-${row}` }));

describe('saving checked rows a few thousand at a time', () => {
  it('goes batch by batch, telling the counts after each', async () => {
    const batches: number[][] = [];
    const seen: SaveProgress[] = [];
    const report = await saveInBatches(
      rows(2, 3, 5, 6, 7),
      (batch) => {
        batches.push(batch.map((r) => r.row));
        return Promise.resolve(ok({ added: batch.length, already: 0 }));
      },
      { batchRows: 2, onProgress: (p) => seen.push(p) },
    );
    expect(batches).toEqual([[2, 3], [5, 6], [7]]);
    expect(seen).toEqual([
      { saved: 2, failed: 0, total: 5 },
      { saved: 4, failed: 0, total: 5 },
      { saved: 5, failed: 0, total: 5 },
    ]);
    expect(report).toEqual({ saved: 5, failed: 0, total: 5, failures: [], left: [], stopped: false });
  });

  it('a failing batch is reported with its rows and why; the batches after it still go in', async () => {
    const report = await saveInBatches(
      rows(2, 3, 4, 5, 6),
      (batch) =>
        Promise.resolve(
          batch.some((r) => r.row === 4)
            ? err('seeker.duplicateId', 'taken', { existingId: 'p1' })
            : ok({ added: batch.length, already: 0 }),
        ),
      { batchRows: 2 },
    );
    expect(report).toMatchObject({ saved: 3, failed: 2, total: 5, stopped: false });
    expect(report.failures).toEqual([
      { rows: [4, 5], error: { code: 'seeker.duplicateId', message: 'taken', params: { existingId: 'p1' } } },
    ]);
    expect(report.left).toEqual(rows(4, 5));
  });

  it('stops before the next batch when told to, keeping the rows not tried', async () => {
    let calls = 0;
    const report = await saveInBatches(
      rows(2, 3, 4, 5, 6),
      (batch) => {
        calls += 1;
        return Promise.resolve(ok({ added: batch.length, already: 0 }));
      },
      { batchRows: 2, shouldStop: () => calls >= 1 },
    );
    expect(calls).toBe(1);
    expect(report).toMatchObject({ saved: 2, failed: 0, total: 5, failures: [], stopped: true });
    expect(report.left).toEqual(rows(4, 5, 6));
  });

  it('counts rows an earlier attempt stored as saved', async () => {
    const report = await saveInBatches(rows(2, 3), () => Promise.resolve(ok({ added: 0, already: 2 })));
    expect(report).toMatchObject({ saved: 2, failed: 0, left: [] });
  });
});
