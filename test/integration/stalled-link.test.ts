import { expect, it } from 'vitest';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { seekerInput } from '#renderer/test-support/inputs';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import type { LinkMeter } from '#renderer/sync/timed-exchange';
import { describeWithCounty, must, station } from './harness';

describeWithCounty('a link that stalls', (county) => {
  it('gives up on a stalled push, sends it again, and loses nothing nor stores anything twice', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const people = [seekerInput(), seekerInput({ idNumber: null, phone: '13900000001', name: '王芳芳' })];
    for (const p of people) must(await saveSeeker(a.env, a.actor, p, '测试'));
    const pending = await a.env.db.outbox.count();
    // The first push reaches the county and its answer never comes; the second never reaches it: both stall
    // until the client gives up. Then the link works.
    const stalls = ['after', 'before'];
    const aborted: string[] = [];
    const stalling = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const stall = String(input).endsWith('/sync/push') ? stalls.shift() : undefined;
      if (!stall) return fetch(input, init);
      if (stall === 'after') await fetch(input, { ...init, signal: undefined });
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted.push(stall);
          reject(init.signal?.reason);
        });
      });
    }) as typeof fetch;
    // what the app measured of this fast link before
    const meter: LinkMeter = { estimate: { bytesPerSecond: 5_000_000, roundTripMs: 5 } };
    const transport = await configuredTransport(a.env, a.platform, stalling, () => meter);
    if (!transport) throw new Error('not enrolled');
    const report = await syncOnce({
      db: a.env.db,
      transport,
      now: a.env.now,
      pinyin: loadPinyin,
      session: newSyncSession(),
    });
    expect(aborted).toEqual(['after', 'before']);
    expect(report.pushed).toBe(pending);
    expect(await a.env.db.outbox.count()).toBe(0);
    for (const p of people) expect(await county.service.record('seekers', p.id)).toMatchObject({ name: p.name });
    // stored once each: the county's log holds one change per registration
    const rows = await county.db.transaction((sql) =>
      sql.all<{ n: number }>(
        `SELECT COUNT(*) AS n FROM mutations WHERE table_name = 'seekers' AND record_id IN (${people.map((_, i) => (county.db.dialect === 'postgres' ? `$${i + 1}` : '?')).join(', ')})`,
        people.map((p) => p.id),
      ),
    );
    expect(Number(rows[0]?.n)).toBe(people.length);
  });

  it('sends a stalled health check and pull again at once; three requests given up on in a row end the run', async () => {
    const a = await station(county, '幸福村就业服务站', 'devb');
    must(await saveSeeker(a.env, a.actor, seekerInput(), '测试'));
    // Stalls by path, in order; a path not listed (or listed out) goes through.
    const stalls: string[] = [];
    const aborted: string[] = [];
    const stalling = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input)).pathname.replace('/api/v1', '');
      if (stalls[0] !== path) return fetch(input, init);
      stalls.shift();
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted.push(path);
          reject(init.signal?.reason);
        });
      });
    }) as typeof fetch;
    const meter: LinkMeter = { estimate: { bytesPerSecond: 5_000_000, roundTripMs: 5, serverMsPerKb: 1 } };
    const transport = await configuredTransport(a.env, a.platform, stalling, () => meter);
    if (!transport) throw new Error('not enrolled');
    const run = () =>
      syncOnce({ db: a.env.db, transport, now: a.env.now, pinyin: loadPinyin, session: newSyncSession() });

    stalls.push('/health', '/sync/pull', '/sync/pull');
    const report = await run();
    expect(aborted).toEqual(['/health', '/sync/pull', '/sync/pull']);
    expect(report.pushed).toBeGreaterThan(0);
    expect(await a.env.db.outbox.count()).toBe(0);

    must(await saveSeeker(a.env, a.actor, seekerInput({ idNumber: null, phone: '13900000002', name: '李四' }), '测试'));
    aborted.length = 0;
    stalls.push('/health', '/health', '/health');
    const failed = await run().catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'timeout' });
    expect(aborted).toEqual(['/health', '/health', '/health']);
    // nothing lost: the change still waits, and the next run sends it
    expect(await a.env.db.outbox.count()).toBeGreaterThan(0);
    await run();
    expect(await a.env.db.outbox.count()).toBe(0);
  });
});
