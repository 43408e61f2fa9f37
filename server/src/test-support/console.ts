import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect } from 'vitest';
import { buildApp } from '../app';
import type { ConsoleRole } from '../console/schemas';
import { createService, type Service } from '../service';
import type { Database } from '../store/sql';
import type { DbFactory } from './databases';

export const CONSOLE = '/api/v1/console';
export const ADMIN_TOKEN = 'admin-token-for-console-tests-0000';
export const PASSWORD = 'correct horse battery';
export const MINUTE = 60 * 1000;
const START = Date.UTC(2026, 10, 25, 2);

/** The `name=value` of the session cookie a log-in set, for the next request's `cookie` header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'doorstep_console');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

/**
 * A fresh county server on the given database for each test (a clock the test moves; the log-in limit out of
 * the way unless asked for) with helpers to add console accounts and log in.
 */
export function consoleForEachTest(make: () => Promise<DbFactory>, options: { loginLimitPerMinute?: number } = {}) {
  let factory: DbFactory | null = null;
  let db: Database | null = null;
  let app: FastifyInstance | null = null;
  let service: Service | null = null;
  const clock = { now: START };
  const live = <T>(value: T | null): T => {
    if (!value) throw new Error('no county server outside a test');
    return value;
  };

  beforeEach(async () => {
    clock.now = START;
    factory = await make();
    db = factory.open();
    service = createService(db, { adminToken: ADMIN_TOKEN, now: () => clock.now });
    await service.init();
    app = await buildApp({
      service,
      version: 'test',
      rateLimitPerMinute: 1_000_000,
      enrollLimitPerMinute: 1_000_000,
      consoleLoginLimitPerMinute: options.loginLimitPerMinute ?? 1_000_000,
      now: () => clock.now,
    });
  });
  afterEach(async () => {
    await app?.close();
    await db?.close();
    await factory?.cleanup();
    app = null;
    db = null;
    service = null;
    factory = null;
  });

  const inject = (request: InjectOptions) => live(app).inject(request);

  const addUser = (username: string, role: ConsoleRole = 'county-admin', password = PASSWORD) =>
    live(service).console.users.add({ username, role, password });

  const login = (username: string, password = PASSWORD, headers: Record<string, string> = {}) =>
    inject({ method: 'POST', url: `${CONSOLE}/login`, headers, payload: { username, password } });

  /** Logs in and returns the `cookie` header for the session. */
  async function loggedIn(username: string, role: ConsoleRole = 'county-admin'): Promise<string> {
    await addUser(username, role);
    const r = await login(username);
    expect(r.statusCode).toBe(200);
    return sessionCookie(r);
  }

  return {
    clock,
    get service() {
      return live(service);
    },
    get db() {
      return live(db);
    },
    inject,
    addUser,
    login,
    loggedIn,
  };
}
