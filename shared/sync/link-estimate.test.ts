import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import {
  afterTimeout,
  expectedMs,
  LINK,
  observe,
  requestTimeout,
  serverAllowanceMs,
  serverTimingMs,
  serverTimingValue,
  UNMEASURED,
  type LinkEstimate,
} from './link-estimate';

/** A simulated link: a request of `bytes` takes the round trip plus its bytes at the rate. */
const over = (link: { bytesPerSecond: number; roundTripMs: number }, bytes: number) => ({
  bytes,
  elapsedMs: link.roundTripMs + (bytes * 1000) / link.bytesPerSecond,
});

const TWO_G = { bytesPerSecond: 8_000, roundTripMs: 300 };
const LAN = { bytesPerSecond: 10_000_000, roundTripMs: 2 };

/** A health check, then pushes of different sizes, as a sync run makes them. */
const learn = (link: typeof TWO_G, from: LinkEstimate = UNMEASURED): LinkEstimate =>
  [700, 9_000, 16_000, 500, 12_000, 20_000].reduce((e, bytes) => observe(e, over(link, bytes)), from);

describe('link estimate', () => {
  it('first contact: an unmeasured link is taken as slow 2G and the county at its slowest, within the bounds', () => {
    // 1.5 × (1 s + 600 B at 4 KB/s) + 0.5 s + 600 B at 10 KB/s
    expect(requestTimeout(UNMEASURED, 600)).toBe(Math.round(1.5 * (1_000 + 150) + 500 + 60));
    // 1.5 × (1 s + 16 KB at 4 KB/s) + 0.5 s + 16 KB at 10 KB/s
    expect(requestTimeout(UNMEASURED, 16_000)).toBe(Math.round(1.5 * (1_000 + 4_000) + 500 + 1_600));
    // the rest of an answer: no work of the county's to wait for
    expect(requestTimeout(UNMEASURED, 16_000, 0)).toBe(Math.round(1.5 * (1_000 + 4_000) + 500));
    expect(requestTimeout({ bytesPerSecond: 1e9, roundTripMs: 1, serverMsPerKb: 0 }, 600)).toBe(LINK.floorMs);
    expect(requestTimeout(UNMEASURED, 10_000_000)).toBe(LINK.ceilingMs);
  });

  it('learns the round trip from small requests and the rate from the others', () => {
    const e = learn(TWO_G);
    // the health checks' times, mostly round trip
    expect(e.roundTripMs).toBeGreaterThanOrEqual(TWO_G.roundTripMs);
    expect(e.roundTripMs).toBeLessThan(over(TWO_G, 700).elapsedMs + 1);
    expect(e.bytesPerSecond).toBeGreaterThan(TWO_G.bytesPerSecond * 0.8);
    expect(e.bytesPerSecond).toBeLessThan(TWO_G.bytesPerSecond * 1.3);
  });

  it('gives a request a small multiple of the time it should take: seconds on 2G, the floor on a LAN', () => {
    const slow = learn(TWO_G);
    const t = requestTimeout(slow, 16_000);
    const real = over(TWO_G, 16_000).elapsedMs;
    expect(t).toBeGreaterThan(real * 1.3);
    expect(t).toBeLessThan(real * 3);
    expect(t).toBeLessThan(30_000);
    expect(requestTimeout(learn(LAN), 1_000)).toBe(LINK.floorMs);
    // a full batch on a LAN: the county's own work on it
    expect(requestTimeout(learn(LAN), 128_000)).toBeLessThan(15_000);
  });

  it('follows a link that changes: from the LAN to 2G, the timeouts grow with what it measures', () => {
    const moved = learn(TWO_G, learn(LAN));
    expect(requestTimeout(moved, 16_000)).toBeGreaterThan(over(TWO_G, 16_000).elapsedMs);
  });

  it('one timeout is a stall: the request sent again gets the same wait; timeouts in a row make it longer', () => {
    const e = learn(TWO_G);
    const once = afterTimeout(e);
    expect(requestTimeout(once, 16_000)).toBe(requestTimeout(e, 16_000));
    const twice = afterTimeout(once);
    expect(requestTimeout(twice, 16_000)).toBeGreaterThan(requestTimeout(e, 16_000));
    expect(requestTimeout(afterTimeout(twice), 16_000)).toBeGreaterThan(requestTimeout(twice, 16_000));
    expect(afterTimeout(afterTimeout(UNMEASURED)).bytesPerSecond).toBeLessThan(LINK.assumed.bytesPerSecond);
    // a request that finished in between starts the count again
    const finished = observe(once, over(TWO_G, 16_000));
    const between = afterTimeout(finished);
    expect(between.timeoutsInRow).toBe(1);
    expect(requestTimeout(between, 16_000)).toBe(requestTimeout(finished, 16_000));
  });

  it('never gives up on a request sooner than it takes on the link it measured, nor outside the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          bytesPerSecond: fc.integer({ min: 500, max: 50_000_000 }),
          roundTripMs: fc.integer({ min: 1, max: 3_000 }),
        }),
        // the county's work per KB sent, up to its slowest; and whether it says so
        fc.double({ min: 0, max: 1_000_000 / LINK.serverBytesPerSecond, noNaN: true }),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 300_000 }),
        (link, perKb, says, sizes, bytes) => {
          // requests that send what they carry (the answers are small)
          const timed = (b: number) => {
            const serverMs = (perKb * b) / 1_000;
            const elapsedMs = over(link, b).elapsedMs + serverMs;
            return says ? { bytes: b, elapsedMs, serverMs, sentBytes: b } : { bytes: b, elapsedMs };
          };
          const e = sizes.reduce((acc, b) => observe(acc, timed(b)), UNMEASURED);
          const t = requestTimeout(e, bytes);
          expect(t).toBeGreaterThanOrEqual(LINK.floorMs);
          expect(t).toBeLessThanOrEqual(LINK.ceilingMs);
          // what the request takes on this link, once measured, is inside its timeout (unless over the ceiling)
          const real = timed(bytes).elapsedMs;
          if (e.bytesPerSecond !== null && e.roundTripMs !== null)
            expect(Math.min(real, LINK.ceilingMs)).toBeLessThanOrEqual(t);
          expect(expectedMs(e, bytes)).toBeGreaterThan(0);
        },
      ),
      propertyRuns(200),
    );
  });

  it("measures the county's work apart from the link, when the county says how long it took", () => {
    // 2G, and a county that works 40 ms on each KB it is sent
    const perKb = 40;
    const sample = (bytes: number) => {
      const serverMs = bytes > LINK.smallBytes ? (perKb * bytes) / 1_000 : 0.5;
      return { ...over(TWO_G, bytes), elapsedMs: over(TWO_G, bytes).elapsedMs + serverMs, serverMs, sentBytes: bytes };
    };
    const said = [700, 9_000, 16_000, 500, 12_000, 20_000].reduce((e, b) => observe(e, sample(b)), UNMEASURED);
    expect(said.serverMsPerKb).toBeCloseTo(perKb, 5);
    expect(said.bytesPerSecond).toBeGreaterThan(TWO_G.bytesPerSecond * 0.8);
    expect(said.bytesPerSecond).toBeLessThan(TWO_G.bytesPerSecond * 1.3);
    expect(serverAllowanceMs(said, 16_000)).toBeCloseTo(LINK.serverMultiple * perKb * 16, 5);
    // counted as the link's time, the county's work would make the link look slower
    const unsaid = [700, 9_000, 16_000, 500, 12_000, 20_000].reduce(
      (e, b) => observe(e, { bytes: b, elapsedMs: sample(b).elapsedMs }),
      UNMEASURED,
    );
    expect(unsaid.bytesPerSecond ?? 0).toBeLessThan(said.bytesPerSecond ?? 0);
    // timeouts in a row take the county as slower too
    expect(afterTimeout(afterTimeout(said)).serverMsPerKb).toBeGreaterThan(perKb);
  });

  it("reads the county's Server-Timing entry and nothing else", () => {
    expect(serverTimingMs(serverTimingValue(12.34))).toBe(12.3);
    expect(serverTimingMs('db;dur=3, app;desc="work";dur=7')).toBe(7);
    expect(serverTimingMs('app;dur=-1')).toBeUndefined();
    expect(serverTimingMs('app;dur=')).toBeUndefined();
    expect(serverTimingMs('app')).toBeUndefined();
    expect(serverTimingMs('cache;dur=5')).toBeUndefined();
    expect(serverTimingMs(null)).toBeUndefined();
    expect(serverTimingMs('app;dur=abc')).toBeUndefined();
  });

  it('ignores a sample that makes no sense', () => {
    expect(observe(UNMEASURED, { bytes: -1, elapsedMs: 10 })).toEqual(UNMEASURED);
    expect(observe(UNMEASURED, { bytes: 10, elapsedMs: Number.NaN })).toEqual(UNMEASURED);
  });
});
