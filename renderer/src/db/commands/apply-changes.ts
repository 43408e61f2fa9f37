import { auditEntrySchema, type AuditEntry } from '#shared/entities/audit';
import { isSearchable, recordSearchKeys, type Pinyin } from '#shared/registry/search-keys';
import { boundedWall, sightingAt } from '#shared/sync/clock-bound';
import { decodeHlc, DEVICE_CLOCK_LEAD_MS, encodeHlc, receive, zeroHlc } from '#shared/sync/hlc';
import { applyMutation, type MergedRecord, type Stamp } from '#shared/sync/merge';
import { isSyncTable } from '#shared/sync/tables';
import type { Change } from '#shared/sync/wire';
import { META } from '../meta-keys';
import { SYNC_META } from '../sync-meta';
import type { DoorstepDb } from '../db';
import { RECORD_TABLES, type RecordTableName } from '../tables';

/** Fields that live beside a record on this PC only. */
const LOCAL_FIELDS = new Set(['_stamps', 'searchKeys']);

/** A synced table the command layer stores records in (everything synced but the audit log). */
const isSyncedTable = (table: string): table is RecordTableName =>
  isSyncTable(table) && Object.prototype.hasOwnProperty.call(RECORD_TABLES, table);

/**
 * Commits one page of pulled changes and the new cursor in ONE transaction: the cursor never moves past
 * a change that is not stored. Each change merges field by field by clock (the same rule as the server),
 * so applying a change twice, or in another order, ends in the same record. The device clock moves past
 * every clock seen, but never more than DEVICE_CLOCK_LEAD_MS past the county's time (`serverTime`, from the
 * page's answer): a clock further ahead is not followed. No await between reads and writes.
 */
export async function applyChanges(
  db: DoorstepDb,
  changes: readonly Change[],
  nextCursor: number,
  now: number,
  py: Pinyin,
  serverTime: number = now,
): Promise<number> {
  const tables = [
    db.meta,
    db.audit,
    ...Object.keys(RECORD_TABLES)
      .filter(isSyncedTable)
      .map((t) => db.table(t)),
  ];
  return db.transaction('rw', tables, async () => {
    const byTable = new Map<string, Change[]>();
    for (const c of changes) {
      const list = byTable.get(c.table);
      if (list) list.push(c);
      else byTable.set(c.table, [c]);
    }
    const node = (await db.meta.get(META.deviceId))?.value;
    const stored = (await db.meta.get(META.clock))?.value;
    const decoded = stored ? decodeHlc(stored) : undefined;
    let clock = decoded?.ok ? decoded.value : node ? zeroHlc(node) : null;
    let applied = 0;

    for (const [table, list] of byTable) {
      if (table === 'audit') {
        const ids = list.map((c) => c.recordId);
        const have = new Set((await db.audit.bulkGet(ids)).filter(Boolean).map((a) => (a as AuditEntry).id));
        const fresh: AuditEntry[] = [];
        for (const c of list) {
          const entry = auditEntrySchema.safeParse(c.fields);
          if (entry.success && !have.has(entry.data.id)) {
            fresh.push(entry.data);
            have.add(entry.data.id);
          }
        }
        await db.audit.bulkAdd(fresh);
        applied += fresh.length;
        continue;
      }
      if (!isSyncedTable(table)) continue; // a table this version does not know: skipped, not fatal
      const store = db.table<Record<string, unknown>, string>(table);
      const ids = [...new Set(list.map((c) => c.recordId))];
      const rows = await store.bulkGet(ids);
      const states = new Map<string, MergedRecord>();
      ids.forEach((id, i) => {
        const row = rows[i];
        if (!row) return;
        const values: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) if (!LOCAL_FIELDS.has(k)) values[k] = v;
        states.set(id, { values, stamps: (row._stamps as Record<string, Stamp> | undefined) ?? {} });
      });
      const changed = new Set<string>();
      for (const c of list) {
        const before = states.get(c.recordId) ?? { values: {}, stamps: {} };
        // The mutation id is not on the wire; clocks carry their device id, so two changes never tie.
        const after = applyMutation(before, { id: '', op: c.op, hlc: c.hlc, fields: c.fields });
        if (after !== before) {
          const updatedAt =
            typeof before.values.updatedAt === 'string' && before.values.updatedAt > c.hlc
              ? before.values.updatedAt
              : c.hlc;
          states.set(c.recordId, { values: { ...after.values, updatedAt }, stamps: after.stamps });
          changed.add(c.recordId);
        }
      }
      // The county holds a person without county consent only pseudonymously: no one to work with here.
      const usable = [...changed].filter(
        (id) => table !== 'seekers' || typeof states.get(id)?.values.name === 'string',
      );
      const puts = usable.map((id) => {
        const state = states.get(id) as MergedRecord;
        return {
          ...state.values,
          id,
          _stamps: state.stamps,
          ...(isSearchable(table) ? { searchKeys: recordSearchKeys(table, state.values, py) } : {}),
        };
      });
      await store.bulkPut(puts);
      applied += puts.length;
    }

    if (clock) {
      const wall = boundedWall(now, sightingAt(serverTime, now));
      for (const c of changes) {
        const remote = decodeHlc(c.hlc);
        if (!remote.ok) continue;
        const merged = receive(clock, remote.value, wall, serverTime + DEVICE_CLOCK_LEAD_MS - wall);
        if (merged.ok) clock = merged.value;
      }
      await db.meta.put({ key: META.clock, value: encodeHlc(clock) });
    }
    await db.meta.put({ key: SYNC_META.cursor, value: String(nextCursor) });
    return applied;
  });
}
