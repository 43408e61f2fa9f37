import { describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '#shared/sync/tables';
import { serverTable } from './tables';

describe('server checks of synced fields', () => {
  it('has a check for every synced table, including those whose schema has cross-field rules', () => {
    for (const name of Object.keys(SYNC_TABLES)) expect(serverTable(name), name).toBeDefined();
  });

  it("takes any subset of a record's fields, refuses unknown fields and bad values", () => {
    const placements = serverTable('placements');
    expect(placements?.fields.safeParse({ contractStatus: 'not-signed' }).success).toBe(true);
    // a cross-field rule (signed date without "signed") is the app's to check on whole records
    expect(placements?.fields.safeParse({ contractSignedOn: '2026-11-01' }).success).toBe(true);
    expect(placements?.fields.safeParse({ contractStatus: 'maybe' }).success).toBe(false);
    expect(placements?.fields.safeParse({ salary: 1 }).success).toBe(false);
    const jobs = serverTable('jobs');
    expect(
      jobs?.fields.safeParse({
        rightsFindings: [
          {
            checkId: 'pay.minimum-wage',
            status: 'fail',
            severity: 'high',
            reason: 'below-minimum',
            params: { floor: '17.60' },
          },
        ],
      }).success,
    ).toBe(true);
    expect(jobs?.fields.safeParse({ rightsFindings: [{ checkId: 'pay.minimum-wage', status: 'bad' }] }).success).toBe(
      false,
    );
  });
});
