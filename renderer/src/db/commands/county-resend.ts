import { PERSONAL_TEXT } from '#shared/privacy/county-release';
import type { Stamped } from '../db';
import { nextClock, stampFields, type CommandContext } from './command';

/** Fields kept beside a record on this PC only, or by the store itself: never part of a change. */
const NOT_SENT = new Set(['_stamps', 'searchKeys', 'updatedAt']);

/** The tables of records that name a seeker and can still change (append-only entries are written once). */
const LINKED = ['referrals', 'placements', 'enrolments'] as const;

async function queue(
  ctx: CommandContext,
  table: string,
  row: Stamped & { readonly id: string },
  fields: Readonly<Record<string, unknown>>,
): Promise<void> {
  if (Object.keys(fields).length === 0) return;
  const { db, newId } = ctx.env;
  const hlc = await nextClock(ctx);
  const mutationId = newId();
  await db.table(table).update(row.id, { _stamps: stampFields(row._stamps, fields, { hlc, mutationId }) });
  await db.outbox.add({ id: mutationId, table, recordId: row.id, op: 'upsert', hlc, fields: { ...fields } });
}

/**
 * A person has just consented to reporting to the county: until now the county held them only pseudonymously
 * (shared/privacy/county-release.ts), so the whole record goes again, and the free text of their referrals,
 * placements and enrolments with it. Visits, attendance marks and audit entries are written once: their text
 * stays on this PC. Runs inside the command that recorded the consent, after its own change.
 */
export async function resendToCounty(ctx: CommandContext, seekerId: string): Promise<void> {
  const { db } = ctx.env;
  const seeker = await db.seekers.get(seekerId);
  if (!seeker) return;
  const all = Object.fromEntries(Object.entries(seeker).filter(([key]) => !NOT_SENT.has(key)));
  await queue(ctx, 'seekers', seeker, all);
  for (const table of LINKED) {
    const text = Object.keys(PERSONAL_TEXT[table] ?? {});
    const rows = await db
      .table<Record<string, unknown> & Stamped & { id: string }, string>(table)
      .where('seekerId')
      .equals(seekerId)
      .toArray();
    for (const row of rows) {
      const fields = Object.fromEntries(text.filter((key) => key in row).map((key) => [key, row[key]]));
      await queue(ctx, table, row, fields);
    }
  }
}
