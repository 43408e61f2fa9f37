import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from '../helpers';
import { PASSWORD, TestCounty } from './county';

// One county server for the file, with its accounts made by the CLI as the county's admin would.
const county = new TestCounty();
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  county.addUser('admin.li', 'county-admin', '李主任');
  county.addUser('kanban', 'viewer', '县就业中心看板');
  county.addUser('wang.wu', 'viewer', '王五');
  await county.start();
});
test.afterAll(() => county.cleanUp());

async function logIn(page: Page, name: string, password = PASSWORD) {
  await page.getByLabel('用户名').fill(name);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('the county server sends / to the console, which asks a stranger to log in', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(county.url);
  await expect(page).toHaveURL(`${county.url}/console/login`);
  await expect(page.getByRole('heading', { name: '县级控制台登录' })).toBeVisible();
  // A first visit needs no warning: only an expired session says so.
  await expect(page.getByText('登录已超时')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a wrong password is refused in words, and the fifth locks the account until a time it names', async ({
  page,
}) => {
  await page.goto(`${county.url}/console/`);
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await logIn(page, 'wang.wu', `wrong-password-${attempt}`);
    await expect(page.getByRole('alert')).toHaveText('用户名或密码不对');
    // The next attempt waits until this one's answer is on the screen (and the button is free again).
    await expect(page.getByRole('button', { name: '登录', exact: true })).toBeEnabled();
    await page.getByLabel('密码').clear();
  }
  await logIn(page, 'wang.wu', 'wrong-password-5');
  await expect(page.getByRole('alert')).toContainText('密码错误次数太多，账号已锁定');
  await expect(page.getByRole('alert')).toHaveText(/请于 \d{2}:\d{2}（北京时间）后再试/);
  // While locked, even the right password is refused.
  await page.getByLabel('密码').clear();
  await logIn(page, 'wang.wu');
  await expect(page.getByRole('alert')).toContainText('账号已锁定');
  await expect(page.getByTestId('console-user')).toHaveCount(0);
});

test('a viewer reads the console but is offered neither the audit log nor full ID numbers', async ({ page }) => {
  await page.goto(`${county.url}/console/ledgers/seekers`);
  await expect(page).toHaveURL(/\/console\/login$/);
  await logIn(page, 'kanban');
  // Back where the person was going, as a viewer.
  await expect(page).toHaveURL(/\/console\/ledgers\/seekers/);
  await expect(page.getByTestId('console-user')).toHaveText('县就业中心看板 · 查看者');
  await expect(page.getByRole('heading', { name: '求职登记台账' })).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Excel' })).toBeVisible();
  await expect(page.getByRole('button', { name: '显示完整证件号' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '操作记录' })).toHaveCount(0);
  // The server agrees: the audit log and full numbers are for county admins only.
  expect((await page.request.get(`${county.url}/api/v1/console/audit`)).status()).toBe(403);
  await page.goto(`${county.url}/console/audit`);
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  await expect(page).toHaveURL(/\/console\/?$/);
});

test('an expired session goes back to the log-in page, which says why, and comes back after', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(`${county.url}/console/login`);
  await logIn(page, 'admin.li');
  await expect(page.getByTestId('console-user')).toHaveText('李主任 · 县级管理员');
  await page.getByRole('menuitem', { name: '帮助' }).click();
  await expect(page.getByRole('heading', { name: '帮助' })).toBeVisible();

  county.ageSessions();
  await page.getByRole('menuitem', { name: '操作记录' }).click();
  await expect(page.getByRole('heading', { name: '县级控制台登录' })).toBeVisible();
  await expect(page.getByText('登录已超时（30 分钟没有操作），请重新登录')).toBeVisible();

  await logIn(page, 'admin.li');
  await expect(page.getByRole('heading', { name: '操作记录' })).toBeVisible();
  // The log has what happened to the accounts: the lock above among it.
  const log = page.getByTestId('audit-table');
  await expect(log.getByRole('row').filter({ hasText: '账号被锁定' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: '登录失败' }).first()).toBeVisible();

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('您已退出登录')).toBeVisible();
  expect(problems).toEqual([]);
});
