import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { FAKE_COLUMNS, fakeLedger, fakeRow } from '../../test-support/fake-reporting';
import { streamLedgerCsv } from './csv-export';
import { streamLedgerXlsx } from './xlsx-export';

const ROWS = 200_000;
const MB = 1024 * 1024;
/** Each row carries about 1 KB of text, so 200,000 rows held at once would be some 200 MB and more. */
const NOTE = '备注'.repeat(170);
const heavyRow = (i: number) => ({ ...fakeRow(i), name: `${NOTE}${i}` });
const source = () =>
  fakeLedger('seekers', ROWS, heavyRow, [
    ...FAKE_COLUMNS,
    { key: 'name', headerZh: '备注', headerEn: 'Note', kind: 'text', width: 30, sortable: false },
  ]);

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Reads the file slowly (a pause after every chunk), noting the most memory in use meanwhile. */
async function readSlowly(body: Readable): Promise<{ bytes: number; peakGrowth: number }> {
  const start = used();
  let peak = start;
  let bytes = 0;
  await pipeline(
    body,
    new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer | string, _encoding, callback) {
        bytes += chunk.length;
        peak = Math.max(peak, used());
        setImmediate(callback);
      },
    }),
  );
  return { bytes, peakGrowth: peak - start };
}

describe('exports of 200,000 rows', () => {
  it('stream as .xlsx without holding the rows: memory grows by far less than the rows take', async () => {
    const { body, done } = streamLedgerXlsx({ source: source(), filter: {}, full: false, at: 0 });
    const { bytes, peakGrowth } = await readSlowly(body);
    expect(await done).toBe(ROWS);
    expect(bytes).toBeGreaterThan(1 * MB);
    expect(peakGrowth).toBeLessThan(120 * MB);
  }, 600_000);

  it('stream as .csv the same way', async () => {
    const { bytes, peakGrowth } = await readSlowly(
      streamLedgerCsv({ source: source(), filter: {}, full: false, at: 0 }),
    );
    expect(bytes).toBeGreaterThan(200 * MB);
    expect(peakGrowth).toBeLessThan(120 * MB);
  }, 600_000);
});
