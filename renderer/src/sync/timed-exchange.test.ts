import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LINK, observe, requestTimeout, type LinkEstimate } from '#shared/sync/link-estimate';
import { timedExchange, type LinkMeter } from './timed-exchange';
import { TransportError } from './transport-error';

const SLOW: LinkEstimate = { bytesPerSecond: 1_000, roundTripMs: 500 };
const request = { url: 'http://county/api/v1/sync/push', method: 'POST' as const, headers: {}, sentBytes: 10_000 };

/** A fetch that accepts the request and then sends nothing, until the client's signal gives up. */
const stalling: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });

describe('timed exchange', () => {
  let clock: { now: number };
  let meter: LinkMeter;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = { now: 0 };
    meter = { estimate: SLOW };
  });
  afterEach(() => vi.useRealTimers());
  const timing = () => ({ meter, now: () => clock.now });

  it('gives up on a stalled request after the time its size takes on the measured link, not a fixed half minute', async () => {
    const limit = requestTimeout(SLOW, request.sentBytes + LINK.headerBytes, request.sentBytes);
    // the county's work on the 10 KB it is sent, at the slowest (it has not said yet)
    expect(limit).toBe(Math.round(1.5 * (500 + 10_600) + 500 + 10_000 / 10));
    const outcome = timedExchange(stalling, request, timing()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(limit - 1);
    let settled = false;
    void outcome.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).kind).toBe('timeout');
    // One stall: the request sent again gets the same wait; a second stall in a row makes the link slower.
    expect(requestTimeout(meter.estimate, 10_600, 10_000)).toBe(limit);
    const again = timedExchange(stalling, request, timing()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(limit);
    expect(((await again) as TransportError).kind).toBe('timeout');
    expect(requestTimeout(meter.estimate, 10_600, 10_000)).toBeGreaterThan(limit);
  });

  it('a fast link to a county that works fast gives up at the floor', async () => {
    meter = { estimate: { bytesPerSecond: 5_000_000, roundTripMs: 3, serverMsPerKb: 1 } };
    const outcome = timedExchange(stalling, request, timing()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(LINK.floorMs);
    expect(((await outcome) as TransportError).kind).toBe('timeout');
  });

  it('gives up on an answer whose body stops coming, but not on one that keeps coming', async () => {
    const piece = new Uint8Array(1_000).fill(32);
    // An answer whose body comes a piece every 1.5 s; one that does not `close` stops after its pieces.
    const answer =
      (pieces: number, close: boolean): typeof fetch =>
      async () => {
        let sent = 0;
        const reader = {
          cancel: async () => undefined,
          read: async (): Promise<ReadableStreamReadResult<Uint8Array>> => {
            if (sent === pieces && close) return { done: true, value: undefined };
            await new Promise((resolve) => setTimeout(resolve, sent === pieces ? 3_600_000 : 1_500));
            sent += 1;
            return { done: false, value: piece };
          },
        };
        const length = String(pieces * 1_000 + (close ? 0 : 5_000));
        return {
          status: 200,
          ok: true,
          headers: new Headers({ 'content-length': length }),
          body: { getReader: () => reader },
        } as unknown as Response;
      };
    // 20 pieces 1.5 s apart: 30 s in all, longer than any one wait, and never cut
    const flowing = timedExchange(answer(20, true), request, timing());
    await vi.advanceTimersByTimeAsync(31_000);
    expect((await flowing).text).toHaveLength(20_000);
    const stopped = timedExchange(answer(2, false), request, timing()).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3_000 + requestTimeout(meter.estimate, 5_000));
    const error = (await stopped) as TransportError;
    expect(error.kind).toBe('timeout');
    expect(error.message).toMatch(/Answer not complete/);
  });

  it('measures every finished request for the next one', async () => {
    const answering: typeof fetch = async () => {
      clock.now += 2_000;
      return new Response('x'.repeat(1_000), { status: 200 });
    };
    const result = await timedExchange(answering, request, timing());
    expect(result).toMatchObject({ status: 200, ok: true });
    expect(meter.estimate).toEqual(observe(SLOW, { bytes: 10_000 + 1_000 + LINK.headerBytes, elapsedMs: 2_000 }));
  });

  it("takes the county's own time, as its Server-Timing says, apart from the link's", async () => {
    const answering: typeof fetch = async () => {
      clock.now += 2_000;
      return new Response('x'.repeat(1_000), { status: 200, headers: { 'server-timing': 'app;dur=800.0' } });
    };
    await timedExchange(answering, request, timing());
    const sample = { bytes: 10_000 + 1_000 + LINK.headerBytes, elapsedMs: 2_000 };
    expect(meter.estimate).toEqual(observe(SLOW, { ...sample, serverMs: 800, sentBytes: 10_000 }));
    // 800 ms for 10 KB sent
    expect(meter.estimate.serverMsPerKb).toBe(80);
    // the link looks faster than when the county's time is counted as the link's
    expect(meter.estimate.bytesPerSecond).toBeGreaterThan(observe(SLOW, sample).bytesPerSecond ?? 0);
  });

  it('a fixed timeout, when given, is used instead', async () => {
    const outcome = timedExchange(stalling, request, { ...timing(), fixedMs: 50 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(50);
    expect(((await outcome) as TransportError).message).toBe('No answer within 50 ms');
  });

  it('a connection that fails is a network error, and says nothing about the link', async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const error = (await timedExchange(refused, request, timing()).catch((e: unknown) => e)) as TransportError;
    expect(error.kind).toBe('network');
    expect(meter.estimate).toEqual(SLOW);
  });
});
