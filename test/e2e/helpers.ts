import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SHOTS = 'test-results/screenshots';

/** A fresh station with one administrator, logged in (the first-run spec covers these screens in detail). */
export async function setUpAndLogIn(page: Page, admin = { name: '王芳', pin: '246810' }) {
  await page.goto('/');
  await page.getByLabel('服务站名称').fill('幸福村就业服务站');
  await page.getByLabel('行政区划代码').fill('522626101203');
  await page.getByLabel('姓名').fill(admin.name);
  await page.getByLabel('登录密码（6 到 12 位数字）').fill(admin.pin);
  await page.getByLabel('再输入一次登录密码').fill(admin.pin);
  await page.getByRole('button', { name: '建立服务站' }).click();
  await page.getByRole('button', { name: admin.name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(admin.pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: `您好，${admin.name}` })).toBeVisible();
}

/** Collects page errors and CSP refusals so a spec can assert there were none. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (process.env['E2E_DEBUG']) console.log('[page]', m.type(), m.text());
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  return problems;
}

/**
 * For a serial spec on one fresh station, as on one shared PC: sets it up and logs the administrator in
 * before the first test, hands the page over, and at the end checks that the page raised no error and no CSP
 * refusal. The window is the configured size unless `viewport` says another (1366×768: a cheap station screen).
 */
export function onFreshStation(use: (page: Page) => void, viewport?: { width: number; height: number }): void {
  test.describe.configure({ mode: 'serial' });
  let page: Page;
  let problems: string[];
  test.beforeAll(async ({ browser }) => {
    mkdirSync(SHOTS, { recursive: true });
    page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
    problems = watchForProblems(page);
    await setUpAndLogIn(page);
    use(page);
  });
  test.afterAll(async () => {
    expect(problems).toEqual([]);
    await page.context().close();
  });
}

/**
 * Settings → load the made-up demo county (300 seekers, 6 jobs). The confirm pop-up animates in; on a busy machine
 * a click can land before its button settles, so the confirmation is pressed again until loading has begun.
 */
export async function loadDemoCounty(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '设置' }).click();
  await page.getByRole('button', { name: '载入演示数据（虚构）' }).click();
  const confirm = page.locator('.ant-popconfirm').getByRole('button', { name: '确定' });
  // The toast says it for a few seconds; the settings card says it for good (a busy machine may miss the toast).
  const done = page
    .getByText('已载入 300 名求职者和 6 个岗位（都是虚构的）。')
    .or(page.getByText(/^演示数据已经载入/))
    .first();
  await expect(async () => {
    if (await confirm.isVisible()) await confirm.click({ timeout: 2_000 });
    await expect(done).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 120_000 });
}

/**
 * Before a screenshot: toasts gone and drawer or dialog animations finished, so the picture shows the screen at rest.
 * A toast under the mouse pointer waits for the pointer to leave (antd pauses it on hover), and the pointer stays where
 * the last click was, so it is moved to the window's bottom-right corner first; the longest toast lasts 10 seconds.
 */
export async function settle(p: Page): Promise<void> {
  const size = p.viewportSize() ?? { width: 1280, height: 720 };
  await p.mouse.move(size.width - 2, size.height - 2);
  await expect(p.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });
  await p.waitForTimeout(400);
}

/**
 * Shows the page as it prints. The print styles hide toasts, and a toast whose closing animation starts while hidden
 * never finishes (the browser runs no animation on it), so the toasts are let go first.
 */
export async function asPrinted(p: Page): Promise<void> {
  await settle(p);
  await p.emulateMedia({ media: 'print' });
}

/** A full-page (or window) screenshot of the screen at rest, named for the screenshots folder. */
export async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/**
 * Presses a button in a pop-up until what it should cause is on screen. A dialog that has just opened can miss a
 * click on a busy machine (its button moves in as the dialog animates); a person would simply press again.
 */
export async function pressUntil(button: Locator, done: Locator, timeout = 60_000): Promise<void> {
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 2_000 });
    await expect(done).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout });
}
