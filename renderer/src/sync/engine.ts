import type { Pinyin } from '../../../shared/registry/search-keys';
import { adaptBatchBytes, BATCH_BYTES, COMPRESSION, jsonBytes, nextBatch, observedCompression, settlePush } from '../../../shared/sync/batch';
import type { Mutation } from '../../../shared/sync/mutation';
import { MAX_MUTATIONS_PER_PUSH, SCHEMA_VERSION } from '../../../shared/sync/wire';
import type { DoorstepDb, OutboxEntry } from '../db/db';
import { SYNC_META } from '../db/sync-meta';
import { applyChanges } from './apply-changes';
import { TransportError, type SyncTransport } from './transport';

export const PULL_PAGE = 500;
/** Beyond this, the PC's clock is shown as wrong (DESIGN.md: clock-skew warning). */
export const SKEW_WARNING_MS = 5 * 60_000;

export interface SyncProgress {
  readonly phase: 'connecting' | 'pushing' | 'pulling';
  readonly done: number;
  readonly total: number;
}

export interface SyncReport {
  readonly pushed: number;
  readonly rejected: number;
  readonly pulled: number;
  readonly skewMs: number;
  readonly epochChanged: boolean;
}

export interface SyncDeps {
  readonly db: DoorstepDb;
  readonly transport: SyncTransport;
  readonly now: () => number;
  readonly pinyin: () => Promise<Pinyin>;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** Batch size on the wire and the compression last seen, carried from one run to the next (adapted to the link). */
  readonly batch: BatchState;
}

export interface BatchState {
  bytes: number;
  compression: number;
}

export const newBatchState = (): BatchState => ({ bytes: BATCH_BYTES.start, compression: COMPRESSION.start });

/** An outbox or sent entry as it travels (local marks such as `rejected` stripped). */
export const asMutation = ({ id, table, recordId, op, hlc, fields }: OutboxEntry): Mutation => ({ id, table, recordId, op, hlc, fields });

/** Changes waiting for the county that it has not refused. */
export async function pendingCount(db: DoorstepDb): Promise<number> {
  return db.outbox.filter((e) => !e.rejected).count();
}

/**
 * After a restore from an older backup the county has a new epoch and may lack changes it had said it
 * stored: everything this PC still holds goes back into the outbox, and the pull starts again from 0.
 */
async function onEpoch(db: DoorstepDb, epoch: string): Promise<boolean> {
  return db.transaction('rw', db.meta, db.outbox, db.sent, async () => {
    const known = (await db.meta.get(SYNC_META.epoch))?.value;
    if (known === epoch) return false;
    if (known) {
      const sent = await db.sent.toArray();
      await db.outbox.bulkPut(sent.map(({ sentAt: _s, ...m }) => m));
      await db.sent.clear();
      await db.meta.put({ key: SYNC_META.cursor, value: '0' });
    }
    await db.meta.put({ key: SYNC_META.epoch, value: epoch });
    return Boolean(known);
  });
}

function checkEpoch(expected: string, seen: string) {
  if (seen !== expected) throw new TransportError('server', 'The county server was restored during this sync; starting again');
}

/**
 * One sync: push every pending change (in clock order, in batches sized to the link), then pull every
 * change the county has for this station. Interrupted anywhere, it loses nothing: outbox entries go only
 * once the county said `applied` or `duplicate`, and the pull cursor moves only with the pulled changes.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const { db, transport, now, batch } = deps;
  deps.onProgress?.({ phase: 'connecting', done: 0, total: 0 });
  const sentAt = now();
  const health = await transport.health();
  const skewMs = health.serverTime - Math.round((sentAt + now()) / 2);
  const epoch = health.serverEpoch;
  const epochChanged = await onEpoch(db, epoch);

  let pushed = 0;
  let rejected = 0;
  const total = await pendingCount(db);
  deps.onProgress?.({ phase: 'pushing', done: 0, total });
  for (;;) {
    const candidates = await db.outbox.orderBy('hlc').filter((e) => !e.rejected).limit(MAX_MUTATIONS_PER_PUSH).toArray();
    if (candidates.length === 0) break;
    const mutations = nextBatch(candidates.map(asMutation), Math.floor(batch.bytes * batch.compression));
    let answer;
    try {
      answer = await transport.push({ schemaVersion: SCHEMA_VERSION, mutations });
    } catch (error) {
      if (error instanceof TransportError && error.kind === 'too-large') {
        if (mutations.length === 1 && batch.bytes === BATCH_BYTES.min) {
          const only = mutations[0] as Mutation;
          await db.outbox.update(only.id, { rejected: { code: 'too-large', message: error.message, at: now() } });
          rejected += 1;
        }
        batch.bytes = adaptBatchBytes(batch.bytes, 'too-large');
        continue;
      }
      if (error instanceof TransportError && error.kind === 'timeout') batch.bytes = adaptBatchBytes(batch.bytes, 'timeout');
      throw error;
    }
    checkEpoch(epoch, answer.serverEpoch);
    batch.bytes = adaptBatchBytes(batch.bytes, 'ok');
    if (answer.sentBytes) batch.compression = observedCompression(jsonBytes(mutations), answer.sentBytes);
    const settled = settlePush(mutations, answer.results);
    const byId = new Map(mutations.map((m) => [m.id, m]));
    const at = now();
    await db.transaction('rw', db.outbox, db.sent, async () => {
      await db.sent.bulkPut(settled.done.map((id) => ({ ...(byId.get(id) as Mutation), sentAt: at })));
      await db.outbox.bulkDelete([...settled.done]);
      for (const r of settled.rejected) {
        await db.outbox.update(r.id, { rejected: { code: r.code ?? 'rejected', message: r.message ?? '', at } });
      }
    });
    pushed += settled.done.length;
    rejected += settled.rejected.length;
    deps.onProgress?.({ phase: 'pushing', done: pushed + rejected, total });
    if (settled.retry.length === mutations.length) throw new TransportError('server', 'The county answered without results');
  }

  const py = await deps.pinyin();
  let pulled = 0;
  let cursor = Number((await db.meta.get(SYNC_META.cursor))?.value ?? '0');
  for (;;) {
    deps.onProgress?.({ phase: 'pulling', done: pulled, total: pulled });
    const page = await transport.pull(cursor, PULL_PAGE);
    checkEpoch(epoch, page.serverEpoch);
    await applyChanges(db, page.changes, page.nextSince, now(), py);
    pulled += page.changes.length;
    cursor = page.nextSince;
    if (!page.hasMore) break;
  }
  await db.meta.put({ key: SYNC_META.lastSuccess, value: String(now()) });
  return { pushed, rejected, pulled, skewMs, epochChanged };
}
