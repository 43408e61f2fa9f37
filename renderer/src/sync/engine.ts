import type { Pinyin } from '#shared/registry/search-keys';
import {
  adaptBatchBytes,
  BATCH_BYTES,
  COMPRESSION,
  jsonBytes,
  linkCap,
  nextBatch,
  observedCompression,
  settlePush,
} from '#shared/sync/batch';
import { expectedLink } from '#shared/sync/link-estimate';
import type { Mutation } from '#shared/sync/mutation';
import { decodeHlc, DEVICE_CLOCK_LEAD_MS } from '#shared/sync/hlc';
import { EPOCH_CHANGED, MAX_MUTATIONS_PER_PUSH, SCHEMA_VERSION } from '#shared/sync/wire';
import type { DoorstepDb } from '../db/db';
import { META } from '../db/meta-keys';
import { unsentCount } from '../db/outbox-counts';
import { SYNC_META } from '../db/sync-meta';
import { applyChanges } from '../db/commands/apply-changes';
import { releaseForCounty } from '../db/county-release';
import type { ClockCorrection } from '../db/clock-correction';
import { noteCountyClock } from '../db/commands/sync-clock';
import { asMutation, markRefused, settlePushed } from '../db/commands/sync-outbox';
import { adoptServerEpoch, finishOwnPull, keepNotices, recordSyncSuccess } from '../db/commands/sync-state';
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
  /** held by the county for a clock ahead: still waiting here */
  readonly held: number;
  /** this PC's clock was found ahead of the county's and set back, its waiting changes re-stamped */
  readonly clockCorrection: ClockCorrection | null;
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
  /** What one run learns for the next (batch size, compression, the server's epoch). */
  readonly session: SyncSession;
}

/** A health check this recent is not repeated: a retry after a lost request goes straight to work. */
export const HEALTH_REUSE_MS = 60_000;

/** Carried from one run to the next while the app runs: batch size on the wire, compression, the last health check. */
export interface SyncSession {
  bytes: number;
  compression: number;
  /** the last health check: the epoch, the skew, the county's time then and `performance.now()` then */
  checked: {
    readonly epoch: string;
    readonly skewMs: number;
    readonly serverTime: number;
    readonly at: number;
  } | null;
}

export const newSyncSession = (): SyncSession => ({
  bytes: BATCH_BYTES.start,
  compression: COMPRESSION.start,
  checked: null,
});

/** Changes waiting for the county that it has not refused (audit entries included: they are sent too). */
export const pendingCount = (db: DoorstepDb): Promise<number> => unsentCount(db);

/**
 * A request given up on (no answer in time) is sent again at once — a stalled link often answers a new request
 * straight away — a push smaller. This many given up on in a row end the run: the link is down, and the
 * controller tries again later.
 */
export const TIMEOUTS_IN_ROW_PER_RUN = 3;

/** A server restored mid-run more often than this in one run is not chased further (retry later). */
const MAX_EPOCH_CHANGES_PER_RUN = 3;

/**
 * One sync: push every pending change (in clock order, in batches sized to the link), then pull every
 * change the county has for this station. Interrupted anywhere, it loses nothing: outbox entries go only
 * once the county said `applied` or `duplicate`, and the pull cursor moves only with the pulled changes.
 */
export async function syncOnce(deps: SyncDeps): Promise<SyncReport> {
  const { db, transport, now, session } = deps;
  deps.onProgress?.({ phase: 'connecting', done: 0, total: 0 });
  let timeoutsInRow = 0;
  /** After a request given up on: whether to send it again now (the run fails otherwise). */
  const againAfter = (error: unknown): boolean =>
    error instanceof TransportError && error.kind === 'timeout' && (timeoutsInRow += 1) < TIMEOUTS_IN_ROW_PER_RUN;
  /** A request that is sent again at once when given up on. */
  const answered = async <T>(ask: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        const answer = await ask();
        timeoutsInRow = 0;
        return answer;
      } catch (error) {
        if (!againAfter(error)) throw error;
      }
    }
  };
  let epochChanges = 0;
  let clockCorrection: ClockCorrection | null = null;
  /**
   * Health: the epoch (re-push everything after a restore), the clock skew, the county's time (the device
   * clock is set back and waiting changes re-stamped when it ran ahead of it), what the server speaks.
   */
  const check = async () => {
    // Each attempt's own send time: the clock skew is measured over the round trip that was answered.
    const { health, sentAt } = await answered(async () => {
      const at = now();
      return { health: await transport.health(), sentAt: at };
    });
    const localAt = Math.round((sentAt + now()) / 2);
    const checked = {
      epoch: health.serverEpoch,
      skewMs: health.serverTime - localAt,
      serverTime: health.serverTime,
      at: performance.now(),
    };
    session.checked = checked;
    clockCorrection = (await noteCountyClock(db, health.serverTime, localAt)) ?? clockCorrection;
    if (await adoptServerEpoch(db, health.serverEpoch)) epochChanges += 1;
    return checked;
  };
  let checked =
    session.checked && performance.now() - session.checked.at <= HEALTH_REUSE_MS ? session.checked : await check();
  /**
   * The device clock ran ahead of the county's time since the last check (the PC's clock jumped): the county
   * would hold what it stamped. Measured against the county's time then plus the time elapsed since, which a
   * jump of the PC's clock does not change.
   */
  const deviceClockAhead = async () => {
    const clock = decodeHlc((await db.meta.get(META.clock))?.value ?? '');
    const countyNow = checked.serverTime + (performance.now() - checked.at);
    return clock.ok && clock.value.ms > countyNow + DEVICE_CLOCK_LEAD_MS;
  };
  if (await deviceClockAhead()) checked = await check();
  /** The server was restored since the last check: check again (which puts back what it lacks), then go on. */
  const recheckEpoch = async () => {
    if (epochChanges >= MAX_EPOCH_CHANGES_PER_RUN)
      throw new TransportError('server', 'The county server keeps changing its epoch; trying later');
    checked = await check();
  };
  /** An answer from another epoch. */
  const restored = async (seen: string): Promise<boolean> => {
    if (seen === checked.epoch) return false;
    await recheckEpoch();
    return true;
  };
  /** A push refused for its epoch (/health then says the new one). */
  const epochRefused = async () => {
    const before = checked.epoch;
    await recheckEpoch();
    if (checked.epoch === before) throw new TransportError('server', 'The county refused this epoch but reports it');
  };

  let pushed = 0;
  let rejected = 0;
  let pulled = 0;
  /** held by the county during this run: sent once per run, not again until the next */
  const heldNow = new Set<string>();
  let recheckedForHeld = false;

  /** Every pending change, in clock order, in batches sized to the link. */
  const pushAll = async () => {
    const total = await pendingCount(db);
    deps.onProgress?.({ phase: 'pushing', done: 0, total });
    for (;;) {
      const candidates = await db.outbox
        .orderBy('hlc')
        .filter((e) => !e.rejected && !heldNow.has(e.id))
        .limit(MAX_MUTATIONS_PER_PUSH)
        .toArray();
      if (candidates.length === 0) return;
      const releasable = await releaseForCounty(db, candidates.map(asMutation));
      // No larger than the link, as measured, sends in a few seconds (a request lost or stalled wastes little).
      const rate = transport.link ? expectedLink(transport.link()).bytesPerSecond : Number.POSITIVE_INFINITY;
      const wireBytes = Math.min(session.bytes, linkCap(rate));
      const mutations = nextBatch(releasable, Math.floor(wireBytes * session.compression));
      let answer;
      const started = performance.now();
      try {
        answer = await transport.push({ schemaVersion: SCHEMA_VERSION, mutations }, checked.epoch);
      } catch (error) {
        // The county was restored since the last check: nothing of this batch was applied. The check puts back
        // what the restored county lacks; the loop then sends it all in clock order.
        if (error instanceof TransportError && error.serverCode === EPOCH_CHANGED) {
          await epochRefused();
          continue;
        }
        if (error instanceof TransportError && error.kind === 'too-large') {
          if (mutations.length === 1 && session.bytes === BATCH_BYTES.min) {
            const only = mutations[0] as Mutation;
            await markRefused(db, only.id, { code: 'too-large', message: error.message, at: now() });
            rejected += 1;
          }
          session.bytes = adaptBatchBytes(session.bytes, 'too-large');
          continue;
        }
        if (error instanceof TransportError && error.kind === 'timeout') {
          session.bytes = adaptBatchBytes(session.bytes, 'timeout');
          if (againAfter(error)) continue;
        }
        throw error;
      }
      timeoutsInRow = 0;
      session.bytes = adaptBatchBytes(session.bytes, 'ok');
      if (answer.sentBytes) {
        session.compression = observedCompression(jsonBytes(mutations), answer.sentBytes);
        session.bytes = Math.min(
          session.bytes,
          linkCap(answer.sentBytes / Math.max(0.001, (performance.now() - started) / 1000)),
        );
      }
      const settled = settlePush(mutations, answer.results);
      await settlePushed(db, mutations, settled, now());
      pushed += settled.done.length;
      rejected += settled.rejected.length;
      for (const h of settled.held) heldNow.add(h.id);
      // Held: this PC's clock is ahead of the county's. Check again at once (it re-stamps what waits); what it
      // re-stamped goes out again in this run.
      if (settled.held.length > 0 && !recheckedForHeld) {
        recheckedForHeld = true;
        checked = await check();
        for (const id of [...heldNow]) if (!(await db.outbox.get(id))?.held) heldNow.delete(id);
      }
      deps.onProgress?.({ phase: 'pushing', done: pushed + rejected + heldNow.size, total });
      if (settled.retry.length === mutations.length)
        throw new TransportError('server', 'The county answered without results');
      // Stored by a restored server: kept as stored; the re-check puts everything this PC holds back in the outbox.
      await restored(answer.serverEpoch);
    }
  };

  /** Every change the county has for this station; false when the server turned out to be restored. */
  const pullAll = async (py: Pinyin): Promise<boolean> => {
    let cursor = Number((await db.meta.get(SYNC_META.cursor))?.value ?? '0');
    const own = Boolean(await db.meta.get(SYNC_META.pullOwn));
    for (;;) {
      deps.onProgress?.({ phase: 'pulling', done: pulled, total: pulled });
      const page = await answered(() =>
        own ? transport.pull(cursor, PULL_PAGE, true) : transport.pull(cursor, PULL_PAGE),
      );
      if (await restored(page.serverEpoch)) return false;
      await applyChanges(db, page.changes, page.nextSince, now(), py, page.serverTime);
      if (page.notices) await keepNotices(db, page.notices);
      pulled += page.changes.length;
      cursor = page.nextSince;
      if (!page.hasMore) {
        if (own) await finishOwnPull(db);
        return true;
      }
    }
  };

  const py = await deps.pinyin();
  // After a restore noticed while pulling, everything was put back in the outbox and the cursor at 0: again.
  do await pushAll();
  while (!(await pullAll(py)));
  await recordSyncSuccess(db, now());
  return {
    pushed,
    rejected,
    held: heldNow.size,
    clockCorrection,
    pulled,
    skewMs: checked.skewMs,
    epochChanged: epochChanges > 0,
  };
}
