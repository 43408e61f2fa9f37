// IndexedDB for the app's own database code in Node: must load before Dexie.
import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import type { Seeker } from '#shared/entities/seeker';
import { encodeHlc } from '#shared/sync/hlc';
import { changedFields, type Mutation } from '#shared/sync/mutation';
import { META } from '#renderer/db/meta-keys';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { setUp, testEnv } from '#renderer/test-support/test-env';
import { loadPinyin } from '#renderer/registry/pinyin';
import { enrollStation, configuredTransport } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import { buildApp } from '#server/app';
import { createService } from '#server/service';
import type { Database } from '#server/store/sql';
import { memoryPlatform } from '#test/integration/harness';

/** The county server of the sync benchmark, and the station PCs that talk to it (through a proxy). */
export const ADMIN = 'bench-admin-token-00000000000000';

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function county(db: Database) {
  const service = createService(db, { adminToken: ADMIN });
  await service.init();
  const app = await buildApp({ service, version: 'bench', rateLimitPerMinute: 1_000_000, enrollLimitPerMinute: 1_000 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { service, app, url, db };
}
export type County = Awaited<ReturnType<typeof county>>;

/** A station PC set up and enrolled through `server` (the proxy's address), its own set-up already synced. */
export async function enrolledStation(server: string, c: County, start = Date.now()) {
  const env = testEnv(start);
  const { stationId, adminId } = await setUp(env, {
    name: '幸福村就业服务站',
    deviceId: `bench${Math.floor(Math.random() * 1e6)}`,
  });
  const actor = { id: adminId, name: '王芳' };
  const platform = memoryPlatform();
  const { enrollmentCode } = await c.service.addStation({ name: '幸福村就业服务站', areaCode: '522626' });
  const enrolled = await enrollStation(env, platform, actor, { server, code: enrollmentCode });
  if (!enrolled.ok) throw new Error(enrolled.error.message);
  const transport = await configuredTransport(env, platform);
  if (!transport) throw new Error('not enrolled');
  const session = newSyncSession();
  // Set-up syncs, not measured: tried again until done, as the app's controller would.
  const sync = async () => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await syncOnce({ db: env.db, transport, now: env.now, pinyin: loadPinyin, session });
      } catch (error) {
        if (attempt >= 5) throw error;
      }
    }
  };
  await sync(); // the station's own set-up (its record, the audit of its first steps), before anything is measured
  return { env, actor, stationId, sync, transport, platform };
}
export type Station = Awaited<ReturnType<typeof enrolledStation>>;

/** What a person types into the registration form: the record without what the command fills in. */
export const formInput = ({ stationId: _s, createdAt: _c, updatedAt: _u, deleted: _d, ...rest }: Seeker) => rest;

/** Time enough before now for staff to register `count` people at the pace of `registerThroughCommands`. */
export const registrationDays = (count: number): number => Date.now() - count * 300_000 - 60_000;

/**
 * Staff register `records` one by one through the registration command (a person every half minute to five
 * minutes, seeded): each writes the record, its outbox mutation and its audit entry, as on the real day.
 * Returns how many the command's checks refused.
 */
export async function registerThroughCommands(station: Station, records: readonly Seeker[], seed = 1) {
  if (station.env.now() + records.length * 300_000 > Date.now())
    throw new Error('start the station far enough in the past for the registrations to end before now');
  const random = seeded(seed);
  let refused = 0;
  for (const s of records) {
    station.env.clock.now += 30_000 + Math.floor(random() * 270_000);
    const saved = await saveSeeker(station.env, station.actor, formInput(s), '基准测试');
    if (!saved.ok) refused += 1;
  }
  return refused;
}

/**
 * Day one as a set-up step, fast: the records and their mutations written straight into the station's tables
 * and outbox, as the command layer writes new records (no audit entries: nothing of this is measured).
 */
export async function withRecords(station: Station, records: readonly Seeker[]) {
  const { env, stationId } = station;
  const own = records.map((r) => ({ ...r, stationId }));
  // Clocks from this device, before now, and the device clock left at the last one (as commands leave it).
  const node = (await env.db.meta.get(META.deviceId))?.value ?? 'bench';
  const base = env.now() - own.length;
  const clocks = own.map((_, i) => encodeHlc({ ms: base + i, counter: 0, node }));
  const outbox: Mutation[] = own.map((r, i) => ({
    id: uuidv7(),
    table: 'seekers',
    recordId: r.id,
    op: 'upsert',
    hlc: clocks[i] as string,
    fields: changedFields(undefined, r),
  }));
  await env.db.seekers.bulkPut(own.map((r, i) => ({ ...r, updatedAt: clocks[i] as string, searchKeys: [] })));
  await env.db.outbox.bulkAdd(outbox);
  await env.db.meta.put({ key: META.clock, value: clocks.at(-1) as string });
  return own;
}
