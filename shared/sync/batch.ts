import type { Mutation } from './mutation';
import { MAX_MUTATIONS_PER_PUSH } from './wire';

/**
 * Outbox → request bodies. A batch's size is its bytes on the wire, adapted to the link: halved on a timeout
 * or a 413, doubled after a success, always between 8 KB and 128 KB. Before encoding, the wire size is
 * estimated from the mutations' JSON size and the compression the last batch achieved. Pure.
 */
export const BATCH_BYTES = { min: 8 * 1024, max: 128 * 1024, start: 32 * 1024 } as const;

/**
 * On a slow link a batch should take about this long to send, so that a request lost half-way wastes little
 * (the bytes of a lost request are sent again).
 */
export const BATCH_SECONDS = 2;

/** The largest batch that the link, at the rate last seen, sends in about BATCH_SECONDS. */
export function linkCap(bytesPerSecond: number): number {
  if (!Number.isFinite(bytesPerSecond) || bytesPerSecond <= 0) return BATCH_BYTES.max;
  return Math.min(BATCH_BYTES.max, Math.max(BATCH_BYTES.min, Math.floor(bytesPerSecond * BATCH_SECONDS)));
}

/** Bytes of mutation JSON per byte on the wire, as last seen; 1 until a batch has been sent. */
export const COMPRESSION = { start: 4, max: 32 } as const;

export function observedCompression(jsonSize: number, wireSize: number): number {
  if (wireSize <= 0 || jsonSize <= 0) return COMPRESSION.start;
  return Math.min(COMPRESSION.max, Math.max(1, jsonSize / wireSize));
}

export type BatchOutcome = 'ok' | 'timeout' | 'too-large';

export function adaptBatchBytes(current: number, outcome: BatchOutcome): number {
  const next = outcome === 'ok' ? current * 2 : Math.floor(current / 2);
  return Math.min(BATCH_BYTES.max, Math.max(BATCH_BYTES.min, next));
}

/** UTF-8 length of a string, without platform encoders (shared/ stays pure). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value));

/**
 * The next batch: mutations in clock order, as many as fit in `maxBytes` of JSON (and `maxCount`); always at
 * least one, so a single mutation larger than the limit still travels (the server's own limit answers 413).
 */
export function nextBatch(
  pending: readonly Mutation[],
  maxBytes: number,
  maxCount = MAX_MUTATIONS_PER_PUSH,
): Mutation[] {
  const ordered = [...pending].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
  const batch: Mutation[] = [];
  let size = 2; // the surrounding []
  for (const m of ordered) {
    const bytes = jsonBytes(m) + 1;
    if (batch.length > 0 && (size + bytes > maxBytes || batch.length >= maxCount)) break;
    batch.push(m);
    size += bytes;
  }
  return batch;
}

/**
 * `held`: the county keeps the change aside because its clock is too far ahead of the county's; it is not
 * stored yet, so the station keeps it and sends it again (re-stamped once its clock is corrected).
 */
export type PushStatus = 'applied' | 'duplicate' | 'rejected' | 'held';

export interface PushResult {
  readonly id: string;
  readonly status: PushStatus;
  readonly code?: string;
  readonly message?: string;
}

export interface PushSettlement {
  /** stored by the server (now or before): safe to delete from the outbox */
  readonly done: readonly string[];
  /** can never be accepted: keep for a person to fix */
  readonly rejected: readonly PushResult[];
  /** held by the county for a clock too far ahead: keep, show as held, send again on a later run */
  readonly held: readonly PushResult[];
  /** no answer for these: keep and retry */
  readonly retry: readonly string[];
}

/** What to do with each sent mutation, given the server's per-mutation results. */
export function settlePush(sent: readonly Mutation[], results: readonly PushResult[]): PushSettlement {
  const byId = new Map(results.map((r) => [r.id, r]));
  const done: string[] = [];
  const rejected: PushResult[] = [];
  const held: PushResult[] = [];
  const retry: string[] = [];
  for (const m of sent) {
    const r = byId.get(m.id);
    if (!r) retry.push(m.id);
    else if (r.status === 'rejected') rejected.push(r);
    else if (r.status === 'held') held.push(r);
    else done.push(m.id);
  }
  return { done, rejected, held, retry };
}
