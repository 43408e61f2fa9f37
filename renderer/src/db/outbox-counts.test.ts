import Dexie from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { DoorstepDb, type OutboxEntry } from './db';
import { heldEntries, pendingChangeCount, refusedEntries, unsentCount } from './outbox-counts';
import { countPendingChanges } from './pending-changes';

const mark = (at: number) => ({ code: 'clock.ahead', message: '', at });

/** One outbox entry: a change to a record or an audit entry, maybe refused, maybe held. */
const entry = fc
  .record({
    n: fc.integer({ min: 0, max: 999 }),
    table: fc.constantFrom('seekers', 'jobs', 'audit', 'attendance'),
    refused: fc.option(fc.integer({ min: 0, max: 5 })),
    held: fc.option(fc.integer({ min: 0, max: 5 })),
  })
  .map(({ n, table, refused, held }): OutboxEntry => ({
    id: `m${String(n).padStart(4, '0')}`,
    table,
    recordId: `r${n % 7}`,
    op: 'upsert',
    hlc: String(n).padStart(15, '0'),
    fields: { name: `n${n}` },
    ...(refused === null ? {} : { rejected: mark(refused) }),
    ...(held === null ? {} : { held: mark(held) }),
  }));

describe('the outbox counted from its indexes', () => {
  it('agrees with the rule read entry by entry, after any entries, marks and unmarks (property)', async () => {
    const db = new DoorstepDb(`outbox-counts-${Math.random()}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(entry, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { maxLength: 10 }),
        async (entries, unmark) => {
          await db.outbox.clear();
          await db.outbox.bulkPut(entries);
          // Marks taken off again, as a sync that settles a held change does.
          for (const n of unmark) await db.outbox.update(`m${String(n).padStart(4, '0')}`, { held: undefined });
          const all = await db.outbox.toArray();
          expect(await pendingChangeCount(db)).toBe(countPendingChanges(all));
          expect(await unsentCount(db)).toBe(all.filter((e) => !e.rejected).length);
          const ids = (xs: readonly OutboxEntry[]) => xs.map((e) => e.id).sort();
          expect(ids(await refusedEntries(db))).toEqual(ids(all.filter((e) => e.rejected)));
          expect(ids(await heldEntries(db))).toEqual(ids(all.filter((e) => e.held)));
        },
      ),
      propertyRuns(60),
    );
    db.close();
  });

  it('counts an install upgraded from before the indexes: its refused changes included', async () => {
    const name = `outbox-upgrade-${Math.random()}`;
    const old = new Dexie(name);
    old.version(5).stores({ outbox: 'id, hlc, [table+recordId]' });
    await old.table('outbox').bulkPut([
      { id: 'a', table: 'seekers', recordId: 'r', op: 'upsert', hlc: '1', fields: {} },
      { id: 'b', table: 'seekers', recordId: 'r', op: 'upsert', hlc: '2', fields: {}, rejected: mark(1) },
      { id: 'c', table: 'audit', recordId: 'c', op: 'upsert', hlc: '3', fields: {} },
    ]);
    old.close();
    const db = new DoorstepDb(name);
    expect(await pendingChangeCount(db)).toBe(1);
    expect(await unsentCount(db)).toBe(2);
    expect((await refusedEntries(db)).map((e) => e.id)).toEqual(['b']);
    db.close();
  });
});
