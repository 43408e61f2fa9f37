import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { seekerInput } from '#renderer/test-support/inputs';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport, enrollStation, TOKEN_KEY } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import { testBackends, type DbFactory } from '#server/test-support/databases';
import { must, startCounty, station, type CountyServer, type TestStation } from './harness';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 10, 25, 9);

/** A different person each time, born on a different day of 1980 (the county queues people sharing an ID number). */
function person(n: number) {
  const day = String(n + 1).padStart(2, '0');
  const first17 = `110105198001${day}001`;
  return seekerInput({
    name: `李秀英${n}`,
    idNumber: `${first17}${checkCharacter(first17)}`,
    birthDate: `1980-01-${day}`,
  });
}

describe.each(testBackends())('device tokens, from the station’s side ($name)', ({ make }) => {
  const clock = { now: START };
  let factory: DbFactory | null = null;
  let county: CountyServer | null = null;
  const server = (): CountyServer => {
    if (!county) throw new Error('no county server outside a test');
    return county;
  };
  /** The county's clock and the station's move together. */
  const later = (a: TestStation, ms: number) => {
    clock.now += ms;
    a.env.clock.now = clock.now;
  };

  beforeEach(async () => {
    clock.now = START;
    factory = await make();
    county = await startCounty(factory.open(), { now: () => clock.now });
  });
  afterEach(async () => {
    await county?.close();
    await factory?.cleanup();
    county = null;
    factory = null;
  });

  it('keeps a station that syncs every few weeks syncing for a year, with no one enrolling it again', async () => {
    const a = await station(server(), '幸福村就业服务站', 'deva', START);
    const first = a.platform.secrets.get(TOKEN_KEY);
    const ids: string[] = [];
    for (let round = 0; round < 18; round += 1) {
      later(a, 20 * DAY);
      const seeker = person(round);
      must(await saveSeeker(a.env, a.actor, seeker, '不同的人'));
      ids.push(seeker.id);
      await a.sync();
    }
    expect(await a.env.db.outbox.count()).toBe(0);
    for (const id of ids) expect(await server().service.record('seekers', id)).not.toBeNull();
    expect(a.platform.secrets.get(TOKEN_KEY)).not.toBe(first);
    expect(await server().service.authenticate(first ?? null)).toBeNull();
  });

  it('stops a station revoked in the middle of a sync; it keeps its changes and sends each once after enrolling again', async () => {
    const a = await station(server(), '幸福村就业服务站', 'deva', START);
    for (let n = 0; n < 3; n += 1) must(await saveSeeker(a.env, a.actor, person(n), '不同的人'));
    // The county revokes the station right after the station's push was answered, before it pulls.
    const revoking: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (String(input).includes('/sync/push')) await server().service.revoke(a.stationId);
      return answer;
    };
    const transport = await configuredTransport(a.env, a.platform, revoking);
    if (!transport) throw new Error('not enrolled');
    await expect(
      syncOnce({ db: a.env.db, transport, now: a.env.now, pinyin: loadPinyin, session: newSyncSession() }),
    ).rejects.toMatchObject({ kind: 'auth' });
    expect(await a.env.db.sent.count()).toBeGreaterThan(0);

    must(await saveSeeker(a.env, a.actor, person(3), '不同的人'));
    await expect(a.sync()).rejects.toMatchObject({ kind: 'auth' });
    expect(await a.env.db.outbox.count()).toBeGreaterThan(0);

    const { enrollmentCode } = await server().service.newCode(a.stationId);
    must(await enrollStation(a.env, a.platform, a.actor, { server: server().url, code: enrollmentCode }));
    await a.sync();
    expect(await a.env.db.outbox.count()).toBe(0);
    const stored = await server().db.transaction((sql) =>
      sql.all<{ id: string }>("SELECT id FROM mutations WHERE table_name = 'seekers'"),
    );
    expect(stored).toHaveLength(4);
    expect(new Set(stored.map((r) => r.id)).size).toBe(4);
  });
});
