import { expect, test, type Page } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onFreshStation, SHOTS } from './helpers';

// The county server as the county admin runs it (`npm run county`), on its own port and data folder. The port
// is a free one the system hands out, so that two test runs on one machine never meet each other's server.
let PORT = 0;
const DATA = mkdtempSync(join(tmpdir(), 'county-e2e-'));
const TSX = join('node_modules', '.bin', 'tsx');
const env = { ...process.env, COUNTY_ADMIN_TOKEN: 'e2e-admin-token-00000000000000000000' };
let server: ChildProcess | null = null;

function county(...args: string[]): string {
  return execFileSync(TSX, ['server/src/cli.ts', ...args, '--data', DATA], { env, encoding: 'utf8' });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function startCounty() {
  if (PORT === 0) PORT = await freePort();
  server = spawn(TSX, ['server/src/cli.ts', '--port', String(PORT), '--data', DATA], { env, stdio: 'ignore' });
  // tsx compiles the server as it starts: allow a busy machine a minute, and stop waiting as soon as it answers.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/api/v1/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('county server did not start within a minute');
}

function stopCounty() {
  server?.kill('SIGTERM');
  server = null;
}

test.afterAll(() => stopCounty());

test.describe('sync with the county', () => {
  let page: Page;
  onFreshStation((p) => {
    page = p;
  });

  test('an administrator enrols the station with a code from the county and it syncs', async () => {
    await startCounty();
    const added = county('station', 'add', '--name', '幸福村就业服务站', '--area', '522626101');
    const code = /Enrolment code.*: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(added)?.[1];
    expect(code).toBeTruthy();

    await page.getByRole('menuitem', { name: '同步' }).click();
    await expect(page.getByRole('heading', { name: '与县里同步' })).toBeVisible();
    await expect(page.getByText('本站还没有注册到县服务器')).toBeVisible();
    await expect(page.getByTestId('sync-pending')).toHaveText(/^[1-9]\d* 条$/);

    await page.getByLabel('县服务器地址').fill(`127.0.0.1:${PORT}`);
    await page.getByLabel('注册码').fill('wrong-code-0000');
    await page.getByRole('button', { name: '注册本站' }).click();
    await expect(page.getByText('注册码不对，请核对后重新输入')).toBeVisible();

    await page.getByLabel('注册码').fill(code?.toLowerCase() ?? '');
    await page.getByRole('button', { name: '注册本站' }).click();
    await expect(page.getByText(`已注册到：http://127.0.0.1:${PORT}`)).toBeVisible();
    await expect(page.getByText('已连上县服务器')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('sync-pending')).toHaveText('0 条');
    await expect(page.getByTestId('sync-last-success')).not.toHaveText('还没有同步过');
    await page.screenshot({ path: `${SHOTS}/sync-enrolled.png`, fullPage: true });

    // The county now holds the station's changes.
    expect(county('station', 'list')).toMatch(/幸福村就业服务站\s+devices 1\s+changes [1-9]/);
  });

  test('with the county server off, staff see a plain-Chinese reason; back on, sync resumes', async () => {
    stopCounty();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByTestId('sync-last-error')).toContainText('连不上县服务器', { timeout: 20_000 });
    await expect(page.getByText('没有连上县服务器')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/sync-offline.png`, fullPage: true });

    // Back on: the waiting change goes through.
    await startCounty();
    await page.getByRole('button', { name: '立即同步' }).click();
    await expect(page.getByText('已连上县服务器')).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId('sync-pending')).toHaveText('0 条');
  });
});
