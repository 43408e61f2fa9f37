import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLES } from '#shared/entities/tables';
import { serverTable } from './tables';

describe('server checks of synced fields', () => {
  it('has a field check for every table the registry syncs, including those with cross-field rules, and no other', () => {
    const synced = TABLE_NAMES.filter((name) => TABLES[name].sync !== null);
    expect(synced).toContain('placements');
    for (const name of TABLE_NAMES) {
      const check = serverTable(name);
      if (TABLES[name].sync === null) expect(check, name).toBeUndefined();
      else expect(check, name).toMatchObject({ kind: TABLES[name].sync?.kind, fields: expect.anything() });
    }
    expect(serverTable('staff')).toBeUndefined();
    expect(serverTable('outbox')).toBeUndefined();
  });

  it('checks an append-only entry whole, without the record clock (it travels as the mutation hlc)', () => {
    const visits = serverTable('visits');
    const visit = {
      id: '0190b5c1-8c6f-7000-8000-000000000001',
      stationId: '0190b5c1-8c6f-7000-8000-000000000002',
      createdAt: 1,
      deleted: false,
      placementId: '0190b5c1-8c6f-7000-8000-000000000003',
      kind: 'week-1',
      visitedOn: '2026-11-08',
      recordedBy: 'staff',
      answers: [],
      findings: [],
      note: '',
    };
    expect(visits?.fields.safeParse(visit).success).toBe(true);
    expect(visits?.fields.safeParse({ note: 'only a part' }).success).toBe(false);
    expect(visits?.fields.safeParse({ ...visit, updatedAt: '000000000000001:00000:a' }).success).toBe(false);
    expect(serverTable('audit')?.countyOffice).toBe(false);
    expect(serverTable('ruleParameters')?.countyOffice).toBe(true);
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
