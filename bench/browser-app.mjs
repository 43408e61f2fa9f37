// The built browser edition in headless Chromium (the engine Electron embeds), for the benchmarks that drive the
// app as a person would: build it if needed, serve it on loopback, open a fresh station and log in.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const ADMIN = { name: '王芳', pin: '246810' };

function exec(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No server at ${url}`);
}

/** Serves out/renderer (built first if missing) on the port; `stop()` ends the server. */
export async function serveApp(port) {
  if (!existsSync(join(root, 'out', 'renderer', 'index.html')))
    await exec('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const args = ['vite', 'preview', '--config', 'renderer/vite.config.ts', '--host', '127.0.0.1'];
  const server = spawn('npx', [...args, '--port', String(port), '--strictPort'], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  };
  try {
    await waitForServer(`http://127.0.0.1:${port}/`);
  } catch (e) {
    stop();
    throw e;
  }
  return { url: `http://127.0.0.1:${port}/`, stop };
}

/** How the benchmarks start Debian's Chromium (CHROMIUM_PATH overrides where it is). */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export function launchChromium() {
  return chromium.launch(CHROMIUM_LAUNCH);
}

export async function logIn(page) {
  await page.getByRole('button', { name: ADMIN.name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(ADMIN.pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: `您好，${ADMIN.name}` }).waitFor();
}

/** The people's rows of the seekers list (its spacer rows, which hold the room of rows not drawn, left out). */
export const SEEKER_ROWS = '.seeker-table tbody tr:not(.seeker-spacer)';

/** The browser context the benchmarks use: Chinese, a 1280 × 800 window. */
export const CONTEXT_OPTIONS = { locale: 'zh-CN', viewport: { width: 1280, height: 800 } };

/** A new page on a fresh station with its administrator logged in; page errors are printed as comments. */
export async function freshStation(browser, url) {
  const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage();
  await setUpStation(page, url);
  return page;
}

/** Sets up a new station at `url` in the page (first run) and logs its administrator in. */
export async function setUpStation(page, url) {
  page.on('console', (m) => {
    if (m.type() === 'error') console.log(`# page error: ${m.text().slice(0, 300)}`);
  });
  await page.goto(url);
  await page.getByLabel('服务站名称').fill('基准测试服务站');
  await page.getByLabel('行政区划代码').fill('522626');
  await page.getByLabel('姓名').fill(ADMIN.name);
  await page.getByLabel('登录密码（6 到 12 位数字）').fill(ADMIN.pin);
  await page.getByLabel('再输入一次登录密码').fill(ADMIN.pin);
  await page.getByRole('button', { name: '建立服务站' }).click();
  await logIn(page);
}
