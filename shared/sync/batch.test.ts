import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_PROPERTY, propertyRuns } from '#test/support/property-runs';
import { afterFailure, retryDelay, backoffCeiling, BACKOFF } from './backoff';
import {
  adaptBatchBytes,
  BATCH_BYTES,
  BATCH_SECONDS,
  COMPRESSION,
  linkCap,
  jsonBytes,
  nextBatch,
  observedCompression,
  settlePush,
  utf8Length,
  type PushResult,
} from './batch';
import { encodeHlc } from './hlc';
import type { Mutation } from './mutation';

const mutation = fc.record({
  id: fc.uuid({ version: 7 }),
  table: fc.constantFrom('seekers', 'jobs', 'audit'),
  recordId: fc.uuid({ version: 7 }),
  op: fc.constantFrom('upsert' as const, 'delete' as const),
  hlc: fc
    .record({
      ms: fc.integer({ min: 0, max: 2e12 }),
      counter: fc.integer({ min: 0, max: 99 }),
      node: fc.constantFrom('a', 'b'),
    })
    .map(encodeHlc),
  fields: fc.dictionary(fc.constantFrom('name', 'phone', 'notes'), fc.string({ maxLength: 3000 })),
}) satisfies fc.Arbitrary<Mutation>;

describe('sync batching', () => {
  it('a batch is a clock-ordered prefix of the outbox within the byte limit, never empty (property)', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: BATCH_BYTES.min, max: BATCH_BYTES.max }),
        (pending, max) => {
          const batch = nextBatch(pending, max);
          expect(batch.length).toBeGreaterThan(0);
          if (batch.length > 1) expect(jsonBytes(batch)).toBeLessThanOrEqual(max);
          const ordered = [...pending].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.id < b.id ? -1 : 1));
          expect(batch).toEqual(ordered.slice(0, batch.length));
          const next = ordered[batch.length];
          if (next) expect(jsonBytes([...batch, next])).toBeGreaterThan(max);
        },
      ),
      propertyRuns(100),
    );
  });

  it('adapts between 8 KB and 128 KB: halves on timeout or 413, doubles after success', () => {
    expect(adaptBatchBytes(32 * 1024, 'timeout')).toBe(16 * 1024);
    expect(adaptBatchBytes(32 * 1024, 'too-large')).toBe(16 * 1024);
    expect(adaptBatchBytes(32 * 1024, 'ok')).toBe(64 * 1024);
    expect(adaptBatchBytes(8 * 1024, 'timeout')).toBe(8 * 1024);
    expect(adaptBatchBytes(128 * 1024, 'ok')).toBe(128 * 1024);
  });

  it('keeps what has no answer, keeps rejected and held ones, forgets only applied and duplicates (property)', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { maxLength: 30 }),
        fc.array(fc.constantFrom('applied', 'duplicate', 'rejected', 'held', 'none'), { maxLength: 30 }),
        (sent, statuses) => {
          const results: PushResult[] = sent.flatMap((m, i) => {
            const s = statuses[i] ?? 'none';
            return s === 'none' ? [] : [{ id: m.id, status: s }];
          });
          const settled = settlePush(sent, results);
          expect(settled.done.length + settled.rejected.length + settled.held.length + settled.retry.length).toBe(
            sent.length,
          );
          for (const r of settled.held) expect(results.find((x) => x.id === r.id)?.status).toBe('held');
          for (const id of settled.done)
            expect(['applied', 'duplicate']).toContain(results.find((r) => r.id === id)?.status);
          for (const id of settled.retry) expect(results.find((r) => r.id === id)).toBeUndefined();
        },
      ),
      propertyRuns(100),
    );
  });
});

describe('utf8Length', () => {
  it('equals the encoder for any text, Chinese and emoji included (property)', LONG_PROPERTY, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
      propertyRuns(100),
    );
    expect(utf8Length('王芳')).toBe(6);
  });
});

describe('retry backoff', () => {
  it('waits between 0 and min(10 min, 2 s × 2^attempt), full jitter (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 0.999999, noNaN: true }), (attempt, r) => {
        const delay = retryDelay(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(backoffCeiling(attempt));
        expect(backoffCeiling(attempt)).toBeLessThanOrEqual(BACKOFF.capMs);
      }),
      propertyRuns(100),
    );
    expect(backoffCeiling(0)).toBe(2_000);
    expect(backoffCeiling(3)).toBe(16_000);
    expect(backoffCeiling(20)).toBe(600_000);
  });

  it('never puts more than the count limit in a batch, whatever the bytes allow', () => {
    const small: Mutation[] = Array.from({ length: 10 }, (_, i) => ({
      id: `0190b5c1-8c6f-7000-8000-00000000000${i}`,
      table: 'jobs',
      recordId: 'r',
      op: 'upsert',
      hlc: encodeHlc({ ms: i, counter: 0, node: 'a' }),
      fields: {},
    }));
    expect(nextBatch(small, 1_000_000, 4)).toHaveLength(4);
    expect(nextBatch(small, 1_000_000)).toHaveLength(10);
  });

  it('estimates compression from the last batch, within bounds', () => {
    expect(observedCompression(90_000, 10_000)).toBe(9);
    expect(observedCompression(1_000, 0)).toBe(COMPRESSION.start);
    expect(observedCompression(1_000, 5_000)).toBe(1);
    expect(observedCompression(10_000_000, 1)).toBe(COMPRESSION.max);
  });

  it('keeps a batch to about two seconds of the link, within 8–128 KB', () => {
    expect(linkCap(8_000)).toBe(8_000 * BATCH_SECONDS);
    expect(linkCap(1_000)).toBe(BATCH_BYTES.min);
    expect(linkCap(10_000_000)).toBe(BATCH_BYTES.max);
    expect(linkCap(0)).toBe(BATCH_BYTES.max);
  });

  it('grows the wait while nothing moves, and starts again from 2 s after progress', () => {
    const half = () => 0.5;
    expect(afterFailure(0, false, half)).toEqual({ delayMs: 1_000, attempt: 1 });
    expect(afterFailure(3, false, half)).toEqual({ delayMs: 8_000, attempt: 4 });
    expect(afterFailure(3, true, half)).toEqual({ delayMs: 1_000, attempt: 1 });
  });
});
