import { describe, expect, it } from 'vitest';
import { saveEmployer, saveJob } from '#renderer/db/commands/employers';
import { employerInput, jobInput } from '#renderer/test-support/inputs';
import { decodeHlc, DEVICE_CLOCK_LEAD_MS } from '#shared/sync/hlc';
import { META } from '#renderer/db/meta-keys';
import { sqliteFactory } from '#server/test-support/databases';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import { TransportError } from '#renderer/sync/transport';
import { describeWithCounty, must, startCounty, station } from './harness';

const TEN_YEARS = 10 * 365 * 24 * 60 * 60_000;
const msOf = (hlc: string | undefined) => {
  const h = decodeHlc(hlc ?? '');
  return h.ok ? h.value.ms : NaN;
};

describeWithCounty('a station PC whose clock is wrong', (county) => {
  it('found ten years ahead: set back, its waiting work re-stamped and stored, and it wins no later edit', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva', Date.now() + TEN_YEARS);
    const b = await station(county, '和平村就业服务站', 'devb');
    const employer = employerInput();
    must(await saveEmployer(a.env, a.actor, employer));
    const job = jobInput(employer.id);
    must(await saveJob(a.env, a.actor, job));

    const report = await a.sync();
    expect(report.clockCorrection?.aheadMs).toBeGreaterThan(TEN_YEARS - 60_000);
    expect(report.clockCorrection?.restamped).toBeGreaterThanOrEqual(2);
    expect(report.held).toBe(0);
    expect(await a.env.db.outbox.count()).toBe(0);
    expect(await county.service.hold.list()).toEqual([]);
    expect(msOf((await a.env.db.meta.get(META.clock))?.value)).toBeLessThanOrEqual(Date.now() + DEVICE_CLOCK_LEAD_MS);

    // Another station pulls it without its clock running ahead.
    await b.sync();
    expect(await b.env.db.jobs.get(job.id)).toMatchObject({ positions: job.positions });
    expect(msOf((await b.env.db.meta.get(META.clock))?.value)).toBeLessThanOrEqual(Date.now() + DEVICE_CLOCK_LEAD_MS);
    // Someone corrects the PC's clock: the station's next edit wins over what it wrote before, everywhere.
    a.env.clock.now = Date.now();
    must(await saveJob(a.env, a.actor, { ...job, positions: 9 }));
    await a.sync();
    await b.sync();
    expect(await county.service.record('jobs', job.id)).toMatchObject({ positions: 9 });
    expect(await b.env.db.jobs.get(job.id)).toMatchObject({ positions: 9 });
  });
});

describe('a change the county holds for a clock ahead', () => {
  it('stays in the outbox marked held (never as sent) until its station re-stamps it and the county stores it', async () => {
    const serverClock = { now: Date.now() };
    const factory = sqliteFactory();
    const own = await startCounty(factory.open(), { now: () => serverClock.now });
    try {
      const a = await station(own, '幸福村就业服务站', 'deva', serverClock.now);
      const transport = await configuredTransport(a.env, a.platform);
      if (!transport) throw new Error('not enrolled');
      // The county's clock is set back ten minutes (it was fast) just after the station's health check, and the
      // station's second look at the county fails: the push in between is answered held.
      let healthChecks = 0;
      const link = {
        ...transport,
        health: async () => {
          healthChecks += 1;
          if (healthChecks === 2) throw new TransportError('network', 'link down');
          const health = await transport.health();
          if (healthChecks === 1) serverClock.now -= 10 * 60_000;
          return health;
        },
      };
      const run = () =>
        syncOnce({ db: a.env.db, transport: link, now: a.env.now, pinyin: loadPinyin, session: newSyncSession() });
      const employer = employerInput();
      must(await saveEmployer(a.env, a.actor, employer));
      await expect(run()).rejects.toThrow('link down');
      const waiting = await a.env.db.outbox.toArray();
      expect(waiting.length).toBeGreaterThanOrEqual(1);
      expect(waiting.every((e) => e.held?.code === 'clock.ahead')).toBe(true);
      expect(await a.env.db.sent.count()).toBe(0);
      expect(await own.service.record('employers', employer.id)).toBeNull();
      expect(await own.service.hold.list()).toHaveLength(waiting.length);

      const report = await run();
      expect(report.clockCorrection?.restamped).toBe(waiting.length);
      expect(await a.env.db.outbox.count()).toBe(0);
      expect(await a.env.db.sent.count()).toBe(waiting.length);
      expect(await own.service.record('employers', employer.id)).toMatchObject({ name: employer.name });
      expect(await own.service.hold.list()).toEqual([]);
    } finally {
      await own.close();
      await factory.cleanup();
    }
  });
});
