import { describe, expect, it } from 'vitest';
import {
  gatherRecords,
  mayIdentify,
  recordLookupKey,
  subjectOf,
  type RecordLookup,
  type RecordValues,
} from './subject';

const consent = (county: boolean, withdrawnOn: string | null = null) => ({
  date: '2026-11-20',
  matching: true,
  county,
  recordedBy: 's',
  withdrawnOn,
});

const records: Record<string, RecordValues> = {
  [recordLookupKey('seekers', 'yes')]: { consent: consent(true) },
  [recordLookupKey('seekers', 'no')]: { consent: consent(false) },
  [recordLookupKey('seekers', 'gone')]: { consent: consent(true, '2026-11-30') },
  [recordLookupKey('placements', 'p-yes')]: { seekerId: 'yes' },
  [recordLookupKey('placements', 'p-no')]: { seekerId: 'no' },
  [recordLookupKey('enrolments', 'e-no')]: { seekerId: 'no' },
  [recordLookupKey('visits', 'v-no')]: { placementId: 'p-no' },
};
const lookup: RecordLookup = (table, id) => records[recordLookupKey(table, id)];

describe('whom a change is about', () => {
  it('follows the links to the seeker', () => {
    expect(subjectOf({ table: 'seekers', recordId: 'yes', fields: {} }, lookup)).toBe('yes');
    expect(subjectOf({ table: 'referrals', recordId: 'r', fields: { seekerId: 'no' } }, lookup)).toBe('no');
    expect(subjectOf({ table: 'visits', recordId: 'v', fields: { placementId: 'p-yes' } }, lookup)).toBe('yes');
    expect(subjectOf({ table: 'attendance', recordId: 'a', fields: { enrolmentId: 'e-no' } }, lookup)).toBe('no');
    expect(subjectOf({ table: 'audit', recordId: 'x', fields: { table: 'visits', recordId: 'v-no' } }, lookup)).toBe(
      'no',
    );
  });

  it('knows records about no person, and cannot place one whose link is missing', () => {
    expect(subjectOf({ table: 'jobs', recordId: 'j', fields: {} }, lookup)).toBeNull();
    expect(subjectOf({ table: 'audit', recordId: 'x', fields: { table: 'jobs', recordId: 'j' } }, lookup)).toBeNull();
    expect(subjectOf({ table: 'visits', recordId: 'v', fields: { placementId: 'missing' } }, lookup)).toBeUndefined();
  });
});

describe('whether the county may know the person', () => {
  it('reads the person’s current consent, and refuses what it cannot place', () => {
    expect(mayIdentify({ table: 'placements', recordId: 'p-yes', fields: { note: 'n' } }, lookup)).toBe(true);
    expect(mayIdentify({ table: 'placements', recordId: 'p-no', fields: { note: 'n' } }, lookup)).toBe(false);
    expect(mayIdentify({ table: 'referrals', recordId: 'r', fields: { seekerId: 'gone' } }, lookup)).toBe(false);
    expect(mayIdentify({ table: 'referrals', recordId: 'r', fields: { seekerId: 'nobody' } }, lookup)).toBe(false);
    expect(mayIdentify({ table: 'jobs', recordId: 'j', fields: { title: 't' } }, lookup)).toBe(true);
  });

  it('judges a seeker by its record, and a new one by the consent it carries', () => {
    expect(mayIdentify({ table: 'seekers', recordId: 'no', fields: { consent: consent(true) } }, lookup)).toBe(false);
    expect(mayIdentify({ table: 'seekers', recordId: 'new', fields: { consent: consent(true) } }, lookup)).toBe(true);
    expect(mayIdentify({ table: 'seekers', recordId: 'new', fields: { name: '李' } }, lookup)).toBe(false);
  });
});

describe('gathering the records a batch needs', () => {
  it('loads level by level, each key once', async () => {
    const asked: string[][] = [];
    const found = await gatherRecords(
      [
        { table: 'audit', recordId: 'x', fields: { table: 'visits', recordId: 'v-no' } },
        { table: 'attendance', recordId: 'a', fields: { enrolmentId: 'e-no' } },
      ],
      async (keys) => {
        asked.push(keys.map((k) => `${k.table}/${k.id}`));
        return new Map(
          keys.flatMap((k) => {
            const r = lookup(k.table, k.id);
            return r ? [[recordLookupKey(k.table, k.id), r] as const] : [];
          }),
        );
      },
    );
    expect(mayIdentify({ table: 'audit', recordId: 'x', fields: { table: 'visits', recordId: 'v-no' } }, found)).toBe(
      false,
    );
    expect(found('seekers', 'no')).toEqual({ consent: consent(false) });
    const all = asked.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(['visits/v-no', 'placements/p-no', 'seekers/no', 'enrolments/e-no']));
  });
});
