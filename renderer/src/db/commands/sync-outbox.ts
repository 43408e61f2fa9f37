import type { PushSettlement } from '#shared/sync/batch';
import type { Mutation } from '#shared/sync/mutation';
import type { DoorstepDb, OutboxEntry } from '../db';

type Refusal = NonNullable<OutboxEntry['rejected']>;

/** An outbox or sent entry as it travels (local marks such as `rejected` stripped). */
export const asMutation = ({ id, table, recordId, op, hlc, fields }: OutboxEntry): Mutation => ({
  id,
  table,
  recordId,
  op,
  hlc,
  fields,
});

/**
 * What the county answered to one push, in ONE transaction: the changes it stored move from the outbox to
 * `sent` (kept for a re-push after a restore), the ones it refused for good stay in the outbox, marked with why,
 * and the ones it holds for a clock ahead stay too, marked held (they are not stored yet: sent again later).
 * Changes it did not answer stay as they are, to be sent again.
 */
export async function settlePushed(
  db: DoorstepDb,
  mutations: readonly Mutation[],
  settled: PushSettlement,
  at: number,
): Promise<void> {
  const byId = new Map(mutations.map((m) => [m.id, m]));
  await db.transaction('rw', db.outbox, db.sent, async () => {
    await db.sent.bulkPut(settled.done.map((id) => ({ ...(byId.get(id) as Mutation), sentAt: at })));
    await db.outbox.bulkDelete([...settled.done]);
    for (const r of settled.rejected) {
      await db.outbox.update(r.id, {
        rejected: { code: r.code ?? 'rejected', message: r.message ?? '', at },
        held: undefined,
      });
    }
    for (const r of settled.held)
      await db.outbox.update(r.id, { held: { code: r.code ?? 'clock.ahead', message: r.message ?? '', at } });
  });
}

/** Marks one waiting change as refused for good (kept for a person to check; no longer sent). */
export async function markRefused(db: DoorstepDb, id: string, refusal: Refusal): Promise<void> {
  await db.outbox.update(id, { rejected: refusal });
}
