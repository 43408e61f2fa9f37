import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe } from 'vitest';
import type { DoorstepBridge } from '#shared/ipc/contract';
import { ok } from '#shared/result';
import type { CommandEnv } from '#renderer/db/commands/command';
import { setUp, testEnv } from '#renderer/test-support/test-env';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport, enrollStation } from '#renderer/sync/account';
import { newSyncSession, syncOnce, type SyncReport } from '#renderer/sync/engine';
import { buildApp } from '#server/app';
import { createService, type Service } from '#server/service';
import type { Database } from '#server/store/sql';
import { testBackends, type DbFactory } from '#server/test-support/databases';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface CountyServer {
  readonly url: string;
  readonly service: Service;
  readonly db: Database;
  readonly app: FastifyInstance;
  close(): Promise<void>;
}

export async function startCounty(
  db: Database,
  options: { now?: () => number; maxPushBytes?: number } = {},
): Promise<CountyServer> {
  const service = createService(db, { adminToken: ADMIN_TOKEN, now: options.now });
  await service.init();
  const app = await buildApp({
    service,
    version: 'test',
    rateLimitPerMinute: 1_000_000,
    enrollLimitPerMinute: 1_000,
    maxPushBytes: options.maxPushBytes,
    now: options.now,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    service,
    db,
    app,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

/** A platform bridge with secrets in memory (what safeStorage is on the desktop). */
export function memoryPlatform(): DoorstepBridge & { secrets: Map<string, string> } {
  const secrets = new Map<string, string>();
  const unused = async () => ok(null);
  return {
    secrets,
    appInfo: async () => ok({ version: 'test', platform: 'node', shell: 'browser' as const }),
    idleSeconds: async () => ok(0),
    openExternal: unused,
    saveFile: async () => ok({ saved: true }),
    printToPdf: async () => ok({ via: 'pdf' as const, saved: true }),
    backupSave: async () => ok({ saved: true, path: null, copyPath: null, copyFailed: false }),
    backupStatus: async () =>
      ok({ automatic: false, folder: null, copyFolder: null, lastAutomatic: null, due: false, keptDays: 7 }),
    backupChooseCopyFolder: async () => ok({ copyFolder: null }),
    secretGet: async ({ key }) => ok(secrets.get(key) ?? null),
    secretSet: async ({ key, value }) => {
      secrets.set(key, value);
      return ok(null);
    },
  };
}

export interface TestStation {
  readonly env: CommandEnv & { clock: { now: number } };
  readonly actor: { id: string; name: string };
  readonly stationId: string;
  readonly platform: ReturnType<typeof memoryPlatform>;
  sync(): Promise<SyncReport>;
}

/** A station PC: its own IndexedDB, set up offline, then enrolled with a code from the county. */
export async function station(
  county: CountyServer,
  name: string,
  deviceId: string,
  start?: number,
  areaCode = '522626101',
): Promise<TestStation> {
  const env = testEnv(start);
  const { stationId, adminId } = await setUp(env, { name, deviceId, areaCode });
  const actor = { id: adminId, name: '王芳' };
  const platform = memoryPlatform();
  const { enrollmentCode } = await county.service.addStation({ name, areaCode });
  const enrolled = await enrollStation(env, platform, actor, { server: county.url, code: enrollmentCode });
  if (!enrolled.ok) throw new Error(`enrol failed: ${enrolled.error.code} ${enrolled.error.message}`);
  const batch = newSyncSession();
  return {
    env,
    actor,
    stationId,
    platform,
    sync: async () => {
      const transport = await configuredTransport(env, platform);
      if (!transport) throw new Error('not enrolled');
      return syncOnce({ db: env.db, transport, now: env.now, pinyin: loadPinyin, session: batch });
    },
  };
}

/** A command's value, or the test fails with its error code. */
export const must = <T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};

/**
 * Tests against a fresh county server (and a fresh store) for every test, on every backend. `county` is a live
 * view of the current test's server.
 */
export function describeWithCounty(title: string, body: (county: CountyServer) => void): void {
  describe.each(testBackends())(`${title} ($name)`, ({ make }) => {
    let factory: DbFactory | null = null;
    let current: CountyServer | null = null;
    const server = (): CountyServer => {
      if (!current) throw new Error('no county server outside a test');
      return current;
    };
    const county: CountyServer = {
      get url() {
        return server().url;
      },
      get service() {
        return server().service;
      },
      get db() {
        return server().db;
      },
      get app() {
        return server().app;
      },
      close: () => server().close(),
    };
    beforeEach(async () => {
      factory = await make();
      current = await startCounty(factory.open());
    });
    afterEach(async () => {
      await current?.close();
      await factory?.cleanup();
      current = null;
      factory = null;
    });
    body(county);
  });
}
