import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from '../helpers';
import { PASSWORD, residentId, seekersFor, TestCounty } from './county';

// A county where one person is registered at two stations, and one station has never synced.
const county = new TestCounty();
const SHARED_ID = residentId('1985-03-12', 21);

test.describe.configure({ mode: 'serial' });
let page: Page;
let problems: string[];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  county.addUser('admin.li', 'county-admin', '李主任');
  await county.start();
  const a = await county.enrolStation('幸福村就业服务站', '522626101');
  const b = await county.enrolStation('新民村就业服务站', '522626102');
  await county.push(a, 'seekers', seekersFor(a.stationId, [{ name: '王秀英', idNumber: SHARED_ID }]));
  await county.push(b, 'seekers', seekersFor(b.stationId, [{ name: '王秀英', idNumber: SHARED_ID }]));
  page = await browser.newPage();
  problems = watchForProblems(page);
  await page.goto(`${county.url}/console/stations`);
  await page.getByLabel('用户名').fill('admin.li');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
});
test.afterAll(async () => {
  await page.close();
  county.cleanUp();
});

test('a county admin adds a station from the console and reads its enrolment code', async () => {
  await expect(page.getByRole('heading', { name: '站点' })).toBeVisible();
  const table = page.getByTestId('stations-table');
  await expect(table.getByRole('row').filter({ hasText: '幸福村就业服务站' })).toContainText('正常');
  await page.getByRole('button', { name: '添加站点' }).click();
  const dialog = page.getByRole('dialog', { name: '添加站点' });
  await dialog.getByLabel('站点名称').fill('高坡村就业服务站');
  await dialog.getByLabel('区域代码（6、9 或 12 位）').fill('52262');
  await dialog.getByRole('button', { name: '添加站点' }).click();
  await expect(dialog.getByText('区域代码是 6、9 或 12 位数字')).toBeVisible();
  await dialog.getByLabel('区域代码（6、9 或 12 位）').fill('522626103');
  await dialog.getByRole('button', { name: '添加站点' }).click();
  await expect(page.getByTestId('enrolment-code')).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await page.getByRole('button', { name: '我已记下' }).click();
  await expect(table.getByRole('row').filter({ hasText: '高坡村就业服务站' })).toBeVisible();
});

test('a county admin revokes a station’s PCs, and its sync token stops working', async () => {
  const row = page.getByTestId('stations-table').getByRole('row').filter({ hasText: '新民村就业服务站' });
  await row.getByRole('button', { name: '停用全部设备' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(/已停用 1 台电脑/)).toBeVisible();
});

test('a duplicate person is resolved: the same person, one station keeps the record', async () => {
  await page.getByRole('menuitem', { name: '重复人员' }).click();
  const table = page.getByTestId('duplicates-table');
  await expect(table.getByRole('row').filter({ hasText: '王秀英' })).toBeVisible();
  await expect(table).not.toContainText(SHARED_ID);
  await table.getByRole('button', { name: '处理' }).click();
  await page.getByRole('button', { name: '保留 幸福村就业服务站' }).click();
  await expect(page.getByText('已处理完毕，已移出待处理名单')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '王秀英' })).toHaveCount(0);
  await page.getByText('已处理', { exact: true }).click();
  await expect(table.getByRole('row').filter({ hasText: '王秀英' })).toBeVisible();
});

test('the monthly report is written on demand and listed to download', async () => {
  await page.getByRole('menuitem', { name: '月报' }).click();
  await page.getByRole('button', { name: '立即生成上个月的月报' }).click();
  await expect(page.getByText(/月报已生成：.*-月报-\d{4}-\d{2}\.xlsx/)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '-月报-' }).first();
  const downloading = page.waitForEvent('download');
  await row.getByRole('button', { name: '下载' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/-月报-\d{4}-\d{2}\.xlsx$/);
  expect(problems).toEqual([]);
});
