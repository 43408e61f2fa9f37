import { describe, expect, it } from 'vitest';
import { decodeHlc, DEVICE_CLOCK_LEAD_MS } from '#shared/sync/hlc';
import { SYNC_META } from '../sync-meta';
import { setUp, testEnv } from '../../test-support/test-env';
import { seekerInput } from '../../test-support/inputs';
import { META } from '../meta-keys';
import { saveSeeker } from './seekers';
import { parseCorrection } from '../clock-correction';
import { noteCountyClock } from './sync-clock';

const COUNTY = Date.UTC(2026, 10, 25, 9);
const TEN_YEARS = 10 * 365 * 24 * 60 * 60_000;
const msOf = (hlc: string) => {
  const h = decodeHlc(hlc);
  return h.ok ? h.value.ms : NaN;
};

describe('the device clock against the county clock', () => {
  it('sets a clock ten years ahead back, re-stamps waiting changes and the fields they stamped, and says so', async () => {
    const env = testEnv(COUNTY + TEN_YEARS);
    const { adminId } = await setUp(env);
    const saved = await saveSeeker(env, { id: adminId, name: '王芳' }, seekerInput());
    if (!saved.ok) throw new Error(saved.error.message);
    const before = await env.db.outbox.orderBy('hlc').toArray();
    expect(before.every((e) => msOf(e.hlc) >= COUNTY + TEN_YEARS)).toBe(true);

    const correction = await noteCountyClock(env.db, COUNTY, env.now());
    expect(correction).toEqual({ at: env.now(), aheadMs: expect.any(Number), restamped: before.length });
    expect(correction?.aheadMs).toBeGreaterThanOrEqual(TEN_YEARS);
    const after = await env.db.outbox.orderBy('hlc').toArray();
    // Same changes, same order, each within what the county applies; the seeker's fields carry the new stamps.
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    expect(after.every((e) => msOf(e.hlc) <= COUNTY + DEVICE_CLOCK_LEAD_MS)).toBe(true);
    const row = await env.db.seekers.get(saved.value.id);
    const seekerChange = after.find((e) => e.table === 'seekers');
    expect(Object.values(row?._stamps ?? {}).every((s) => s.hlc === seekerChange?.hlc)).toBe(true);
    expect(parseCorrection((await env.db.meta.get(SYNC_META.clockCorrection))?.value)).toEqual(correction);

    // The PC's clock is still ten years ahead: new changes stay near the county's time all the same.
    env.clock.now += 60_000;
    const edited = await saveSeeker(
      env,
      { id: adminId, name: '王芳' },
      { ...seekerInput(), id: saved.value.id, phone: '13800000001' },
    );
    expect(edited.ok).toBe(true);
    const clock = msOf((await env.db.meta.get(META.clock))?.value ?? '');
    expect(clock).toBeLessThanOrEqual(COUNTY + 60_000 + DEVICE_CLOCK_LEAD_MS);
    expect(await noteCountyClock(env.db, COUNTY + 60_000, env.now())).toBeNull();
  });

  it('leaves a clock that is not ahead, and its changes, as they are', async () => {
    const env = testEnv(COUNTY);
    await setUp(env);
    const before = await env.db.outbox.toArray();
    expect(await noteCountyClock(env.db, COUNTY + 3_600_000, env.now())).toBeNull();
    expect(await env.db.outbox.toArray()).toEqual(before);
  });
});
