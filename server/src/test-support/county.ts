import type { FastifyInstance, InjectOptions } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, expect } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import { buildApp } from '../app';
import { createService, type Service } from '../service';
import type { Reporting } from '../reporting/ledger-source';
import type { MonthlyReports } from '../reporting/monthly/monthly-reports';
import type { HoldLimits } from '../sync/hold-limits';
import type { Database } from '../store/sql';
import { openSqlite } from '../store/sqlite';
import type { DbFactory } from './databases';

export const ADMIN = 'admin-token-for-tests-000000000000';
export const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2026, 10, 25, 10);

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

export interface TestCountyOptions {
  /** When the test clock starts (UTC ms). */
  readonly start?: number;
  readonly adminToken?: string;
  /** Console log-ins per minute and address; out of the way unless a test asks for the limit. */
  readonly consoleLoginLimitPerMinute?: number;
  /** The console's figures and ledgers (the tests' own fakes). */
  readonly reporting?: Reporting;
  /** The monthly reports, made for each test's service and clock. */
  readonly reports?: (service: Service, now: () => number) => MonthlyReports;
  /** How much one station may park in the clock hold. */
  readonly holdLimits?: HoldLimits;
}

/**
 * A fresh county server (in-memory SQLite unless a backend is given, a clock the test moves, limits out of the
 * way, 64 KB bodies) for each test of the file (or `describe`) that calls this, and the requests its tests make.
 */
export function countyForEachTest(backend?: () => Promise<DbFactory>, options: TestCountyOptions = {}) {
  const start = options.start ?? START;
  let app: FastifyInstance | null = null;
  let service: Service | null = null;
  let factory: DbFactory | null = null;
  let db: Database | null = null;
  const clock = { now: start };
  const live = <T>(value: T | null): T => {
    if (!value) throw new Error('no county server outside a test');
    return value;
  };

  beforeEach(async () => {
    clock.now = start;
    factory = backend ? await backend() : null;
    db = factory ? factory.open() : openSqlite(':memory:');
    service = createService(db, {
      adminToken: options.adminToken ?? ADMIN,
      now: () => clock.now,
      holdLimits: options.holdLimits,
    });
    await service.init();
    app = await buildApp({
      service,
      version: 'test',
      rateLimitPerMinute: 1_000_000,
      enrollLimitPerMinute: 1_000_000,
      consoleLoginLimitPerMinute: options.consoleLoginLimitPerMinute ?? 1_000_000,
      maxPushBytes: 64 * 1024,
      now: () => clock.now,
      ...(options.reporting ? { reporting: options.reporting } : {}),
      ...(options.reports ? { reports: options.reports(service, () => clock.now) } : {}),
    });
  });
  afterEach(async () => {
    await app?.close();
    await db?.close();
    await factory?.cleanup();
    app = null;
    service = null;
    db = null;
    factory = null;
  });

  const inject = (options: InjectOptions) => live(app).inject(options);

  async function enrolledStation(name = '幸福村就业服务站') {
    const added = await inject({
      method: 'POST',
      url: '/api/v1/admin/stations',
      headers: auth(ADMIN),
      payload: { name, areaCode: '522626101' },
    });
    expect(added.statusCode).toBe(201);
    const { enrollmentCode } = added.json() as { enrollmentCode: string };
    const enrolled = await inject({
      method: 'POST',
      url: '/api/v1/enroll',
      payload: { enrollmentCode, deviceName: 'PC' },
    });
    expect(enrolled.statusCode).toBe(200);
    return { ...(enrolled.json() as { stationId: string; token: string }), enrollmentCode };
  }

  let tick = 0;
  /** A new village of `stationId`, stamped with the server's clock unless told otherwise. */
  function mutation(stationId: string, overrides: Record<string, unknown> = {}, hlcMs = clock.now) {
    tick += 1;
    const recordId = uuidv7();
    return {
      id: uuidv7(),
      table: 'villages',
      recordId,
      op: 'upsert',
      hlc: encodeHlc({ ms: hlcMs, counter: tick % 1000, node: 'dev' }),
      fields: {
        id: recordId,
        stationId,
        createdAt: 1,
        deleted: false,
        code: '522626101203',
        name: '幸福村',
        latitude: 26.5,
        longitude: 107.9,
        validFrom: null,
        validTo: null,
      },
      ...overrides,
    };
  }

  const push = (token: string, mutations: unknown[]) =>
    inject({
      method: 'POST',
      url: '/api/v1/sync/push',
      headers: auth(token),
      payload: { schemaVersion: 1, mutations },
    });

  return {
    clock,
    get app() {
      return live(app);
    },
    get service() {
      return live(service);
    },
    get db() {
      return live(db);
    },
    inject,
    enrolledStation,
    mutation,
    push,
  };
}
