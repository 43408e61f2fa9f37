import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runReportCommand } from './cli-report';
import { createService, type Service } from './service';
import { openSqlite } from './store/sqlite';
import type { Database } from './store/sql';
import { fakeReporting } from './test-support/fake-reporting';

let dir = '';
let db: Database;
let service: Service;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'county-data-'));
  db = openSqlite(':memory:');
  service = createService(db, { adminToken: 'admin-token-for-report-tests-00000' });
  await service.init();
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run county -- report', () => {
  it('writes the month asked into <data>/exports/ and audits it as the server’s', async () => {
    expect(await runReportCommand(service, fakeReporting(1).reporting, dir, '2026-10')).toBe(0);
    expect(existsSync(join(dir, 'exports', '全县-月报-2026-10.xlsx'))).toBe(true);
    const { entries } = await service.console.audit({ page: 1, pageSize: 10 });
    expect(entries[0]).toMatchObject({ userId: null, action: 'report.write', target: '全县-月报-2026-10.xlsx' });
  });

  it('refuses a malformed month or one not begun (2), and a server without reporting (1), in Chinese', async () => {
    const { reporting } = fakeReporting(1);
    expect(await runReportCommand(service, reporting, dir, '2026-13')).toBe(2);
    expect(await runReportCommand(service, reporting, dir, '9999-01')).toBe(2);
    expect(await runReportCommand(service, undefined, dir, '2026-10')).toBe(1);
    expect(vi.mocked(console.error).mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('月份不对'),
      expect.stringContaining('月份不对'),
      expect.stringContaining('尚未启用报表功能'),
    ]);
    expect(existsSync(join(dir, 'exports'))).toBe(false);
  });
});
