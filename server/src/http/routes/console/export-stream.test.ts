import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { LedgerSource, Reporting } from '../../../reporting/ledger-source';
import { CONSOLE, consoleForEachTest } from '../../../test-support/console';
import { sqliteFactory } from '../../../test-support/databases';
import { FAKE_COLUMNS, fakeLedger, fakeRow, fakeSummary } from '../../../test-support/fake-reporting';

const ROWS = 200_000;

/** A ledger of 200,000 rows that counts the rows read and says when its reading stopped. */
function countingLedger() {
  let read = 0;
  let stop: (rows: number) => void = () => undefined;
  const stopped = new Promise<number>((resolve) => {
    stop = resolve;
  });
  const source: LedgerSource = {
    ...fakeLedger('seekers', ROWS),
    columns: FAKE_COLUMNS,
    async *stream() {
      try {
        for (let i = 0; i < ROWS; i += 1) {
          read += 1;
          yield fakeRow(i);
        }
      } finally {
        stop(read);
      }
    },
  };
  return { source, stopped };
}

describe('an export over HTTP', () => {
  let ledger = countingLedger();
  const reporting: Reporting = {
    summary: async (f) => fakeSummary(f),
    trend: async () => [],
    ledger: () => ledger.source,
  };
  const county = consoleForEachTest(async () => sqliteFactory(), { reporting });

  for (const format of ['xlsx', 'csv'] as const)
    it(`stops reading the ledger when the browser goes away (${format})`, async () => {
      ledger = countingLedger();
      const cookie = await county.loggedIn('guan');
      await county.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = county.app.server.address() as AddressInfo;
      const firstBytes = await new Promise<number>((resolve, reject) => {
        const req = request({ port, path: `${CONSOLE}/exports/seekers.${format}`, headers: { cookie } }, (res) => {
          expect(res.statusCode).toBe(200);
          res.once('data', (chunk: Buffer) => {
            req.destroy();
            resolve(chunk.length);
          });
        });
        req.on('error', reject);
        req.end();
      });
      expect(firstBytes).toBeGreaterThan(0);
      expect(await ledger.stopped).toBeLessThan(ROWS);
    }, 120_000);
});
