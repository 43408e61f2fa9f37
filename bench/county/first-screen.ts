/**
 * The console's first screen in headless Chromium (Debian's, as the other browser benchmarks use): the county
 * server as its admin runs it (`npm run county`, which builds the console when its build is missing) on the
 * seeded database; a county admin logs in (once the log-in page has fetched what it fetches); the time from the
 * click on 登录 to the dashboard drawn — every figure card with its number, both trend charts on their
 * canvases. Each run in a fresh browser context.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_COUNTY_PORT ?? 4417);
const PASSWORD = 'bench-console-password-1';
const TSX = join('node_modules', '.bin', 'tsx');
const RUNS = 5;

export async function consoleFirstScreen(
  where: { dataDir?: string; databaseUrl?: string },
  log: (line: string) => void,
): Promise<number[]> {
  const data = where.dataDir ?? mkdtempSync(join(tmpdir(), 'bench-county-pg-'));
  const env: NodeJS.ProcessEnv = { ...process.env, COUNTY_ADMIN_TOKEN: 'bench-county-admin-token-0000000000000' };
  if (where.databaseUrl) env.DATABASE_URL = where.databaseUrl;
  else delete env.DATABASE_URL;
  const username = `bench${Date.now()}`;
  execFileSync(
    TSX,
    [
      'server/src/cli.ts',
      'user',
      'add',
      '--name',
      username,
      '--role',
      'county-admin',
      '--password-stdin',
      '--data',
      data,
    ],
    {
      env,
      input: `${PASSWORD}\n`,
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  const server = spawn('node', ['scripts/county.mjs', '--port', String(PORT), '--data', data], {
    env,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${PORT}/console/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  try {
    const deadline = Date.now() + 300_000;
    for (;;) {
      try {
        if ((await fetch(url)).ok) break;
      } catch {
        // not up yet
      }
      if (Date.now() > deadline) throw new Error('county server did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    // The server writes last month's report (月报) when it starts without one, as it does once a month: the
    // screens are timed after that, not while it runs.
    const exports = join(data, 'exports');
    while (!(existsSync(exports) && readdirSync(exports).some((f) => /-月报-\d{4}-\d{2}\.xlsx$/u.test(f)))) {
      if (Date.now() > deadline) throw new Error('the monthly report was not written');
      await new Promise((r) => setTimeout(r, 500));
    }
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`  # page error: ${e.message}`));
      // Someone typing a name and password takes seconds, in which the log-in page has fetched the dashboard's
      // code; the run types once the page has nothing more to fetch, then times the click to the drawn dashboard.
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(PASSWORD);
      const start = Date.now();
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByRole('heading', { name: '总览' }).waitFor({ timeout: 60_000 });
      await page.getByTestId('figure-seekers.registered').filter({ hasText: /\d/ }).waitFor({ timeout: 60_000 });
      for (const chart of ['trend-people', 'trend-training'])
        await page.getByTestId(chart).locator('canvas').waitFor({ timeout: 60_000 });
      times.push(Date.now() - start);
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
    try {
      process.kill(-(server.pid ?? 0), 'SIGTERM');
    } catch {
      server.kill('SIGTERM');
    }
  }
}
