import { expect, test, type Browser, type Page } from '@playwright/test';
import { shoot, watchForProblems } from '../helpers';
import { PASSWORD, residentId, seekersFor, TestCounty } from './county';

// A county where two stations' PCs had their clocks days ahead: the county holds their changes.
const county = new TestCounty();
const DAY = 24 * 60 * 60 * 1000;

test.describe.configure({ mode: 'serial' });
let admin: Page;
let viewer: Page;
let problems: string[];

async function logIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${county.url}/console/stations`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '站点' })).toBeVisible();
  return page;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  county.addUser('admin.li', 'county-admin', '李主任');
  county.addUser('kan.zhang', 'viewer', '张查看');
  await county.start();
  const a = await county.enrolStation('幸福村就业服务站', '522626101');
  const b = await county.enrolStation('新民村就业服务站', '522626102');
  const c = await county.enrolStation('高坡村就业服务站', '522626103');
  const [kept, lost] = seekersFor(a.stationId, [
    { name: '王秀英', idNumber: residentId('1985-03-12', 21) },
    { name: '李桂兰', idNumber: residentId('1979-08-02', 33) },
  ]);
  if (!kept || !lost) throw new Error('no seekers');
  await county.push(a, 'seekers', [kept, lost], 3 * DAY);
  // Meanwhile another station registered the record the second held change is about: no longer A's to change.
  await county.push(c, 'seekers', [lost]);
  await county.push(
    b,
    'seekers',
    seekersFor(b.stationId, [{ name: '赵小红', idNumber: residentId('1990-01-05', 45) }]),
    DAY,
  );
  admin = await logIn(browser, 'admin.li');
  problems = watchForProblems(admin);
  viewer = await logIn(browser, 'kan.zhang');
});
test.afterAll(async () => {
  await admin.context().close();
  await viewer.context().close();
  county.cleanUp();
});

test('each station’s held changes show how many, since when and how far ahead; a viewer only reads', async () => {
  const table = admin.getByTestId('held-table');
  const first = table.getByRole('row').filter({ hasText: '幸福村就业服务站' });
  await expect(first).toContainText(/2\s*.*2 天 23 小时|2\s*.*3 天 0 小时/);
  await expect(table.getByRole('row').filter({ hasText: '新民村就业服务站' })).toContainText(/23 小时|1 天 0 小时/);
  await shoot(admin, 'console-held');
  const seen = viewer.getByTestId('held-table');
  await expect(seen.getByRole('row').filter({ hasText: '幸福村就业服务站' })).toBeVisible();
  await expect(seen.getByRole('button', { name: '放行' })).toHaveCount(0);
  await expect(seen.getByRole('button', { name: '拒收' })).toHaveCount(0);
});

test('an admin releases a station’s held changes; one refused at release is listed, not lost', async () => {
  const row = admin.getByTestId('held-table').getByRole('row').filter({ hasText: '幸福村就业服务站' });
  await row.getByRole('button', { name: '放行' }).click();
  await expect(admin.getByText('按县里现在的时间接收「幸福村就业服务站」暂存的 2 条变更？')).toBeVisible();
  await admin.locator('.ant-popconfirm').getByRole('button', { name: '放行' }).click();
  const warning = admin.getByRole('dialog').filter({ hasText: '已放行 1 条；1 条放行时被拒收' });
  await expect(warning).toBeVisible();
  await expect(warning.getByTestId('held-refused-list')).toContainText('记录已经属于其他站点，这个站点不能再改');
  await shoot(admin, 'console-held-refused-at-release');
  await warning.getByRole('button').last().click();
  await expect(row).toContainText(/幸福村就业服务站\s*0/);
});

test('an admin refuses a station’s held changes with a reason; both actions are in the audit log', async () => {
  const row = admin.getByTestId('held-table').getByRole('row').filter({ hasText: '新民村就业服务站' });
  await row.getByRole('button', { name: '拒收' }).click();
  const dialog = admin.getByRole('dialog', { name: '拒收「新民村就业服务站」暂存的 1 条变更' });
  await dialog.getByRole('button', { name: '拒收' }).click();
  await expect(dialog.getByText('请写明拒收原因')).toBeVisible();
  await dialog.getByLabel('拒收原因').fill('电脑日期错了，请改正后重新登记');
  await dialog.getByRole('button', { name: '拒收' }).click();
  await expect(admin.getByText('已拒收 1 条变更')).toBeVisible();
  await admin.getByRole('menuitem', { name: '操作记录' }).click();
  await expect(admin.getByText('放行暂存的变更').first()).toBeVisible();
  await expect(admin.getByText('拒收暂存的变更').first()).toBeVisible();
  expect(problems).toEqual([]);
});
