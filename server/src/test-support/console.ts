import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { ConsoleRole } from '../console/schemas';
import { countyForEachTest } from './county';
import type { Reporting } from '../reporting/ledger-source';
import type { MonthlyReports } from '../reporting/monthly/monthly-reports';
import type { Service } from '../service';
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
export function consoleForEachTest(
  make: () => Promise<DbFactory>,
  options: {
    loginLimitPerMinute?: number;
    reporting?: Reporting;
    reports?: (service: Service, now: () => number) => MonthlyReports;
  } = {},
) {
  const county = countyForEachTest(make, {
    start: START,
    adminToken: ADMIN_TOKEN,
    ...(options.reporting ? { reporting: options.reporting } : {}),
    ...(options.reports ? { reports: options.reports } : {}),
    ...(options.loginLimitPerMinute === undefined ? {} : { consoleLoginLimitPerMinute: options.loginLimitPerMinute }),
  });
  const { inject } = county;

  const addUser = (username: string, role: ConsoleRole = 'county-admin', password = PASSWORD) =>
    county.service.console.users.add({ username, role, password });

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
    clock: county.clock,
    get service() {
      return county.service;
    },
    get db() {
      return county.db;
    },
    get app() {
      return county.app;
    },
    inject,
    addUser,
    login,
    loggedIn,
    mutation: county.mutation,
    push: county.push,
  };
}
