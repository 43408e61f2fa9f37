import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import { migrate } from '../migrations/migrate';
import { insertMutations } from '../repositories/mutations';
import { loadRecords, recordKey, saveRecords } from '../repositories/records';
import { openSqlite } from '../store/sqlite';
import { sweepWithoutConsent } from './privacy-sweep';

const consent = (county: boolean) => ({
  date: '2026-11-20',
  matching: true,
  county,
  recordedBy: 's',
  withdrawnOn: null,
});

/** A seeker as an older app left it at the county: whole, whatever the consent said. */
function legacySeeker(station: string, name: string, county: boolean) {
  const id = uuidv7();
  const mutationId = uuidv7();
  const hlc = encodeHlc({ ms: Date.UTC(2026, 10, 20), counter: 0, node: 'old' });
  const fields = {
    id,
    stationId: station,
    name,
    phone: '13812345678',
    birthDate: '1980-03-04',
    consent: consent(county),
  };
  const stamps = Object.fromEntries(Object.keys(fields).map((f) => [f, { hlc, mutationId }]));
  return {
    record: {
      table: 'seekers',
      recordId: id,
      owner: station,
      state: { values: fields, stamps },
      idNumber: null,
      deleted: false,
    },
    mutation: {
      id: mutationId,
      table: 'seekers',
      recordId: id,
      op: 'upsert',
      hlc,
      fields,
      authorStationId: station,
      ownerStationId: station,
      enrollmentId: 'e',
      shared: false,
      receivedAt: 1,
    },
  };
}

describe('the sweep of identity held without consent', () => {
  it('erases, once, the people an older app sent whole without consent, and leaves the consenting ones', async () => {
    const db = openSqlite(':memory:');
    await migrate(db);
    const station = uuidv7();
    const without = legacySeeker(station, '李秀英', false);
    const withConsent = legacySeeker(station, '王小红', true);
    await db.transaction(async (sql) => {
      await saveRecords(sql, [without.record, withConsent.record]);
      await insertMutations(sql, [without.mutation, withConsent.mutation]);
    });

    expect(await sweepWithoutConsent(db, () => 1)).toBe(1);
    const held = await db.transaction((sql) => loadRecords(sql, [without.record, withConsent.record]));
    expect(held.get(recordKey('seekers', without.record.recordId))?.state.values).toEqual({
      id: without.record.recordId,
      stationId: station,
      birthDate: '1980-07-01',
      consent: consent(false),
    });
    expect(held.get(recordKey('seekers', withConsent.record.recordId))?.state.values.name).toBe('王小红');
    const log = await db.transaction((sql) => sql.all<{ fields: string }>('SELECT fields FROM mutations'));
    expect(log.map((r) => r.fields).join()).not.toContain('李秀英');
    expect(log.map((r) => r.fields).join()).toContain('王小红');

    // Done once per version of the rule.
    expect(await sweepWithoutConsent(db, () => 1)).toBe(0);
    await db.close();
  });
});
