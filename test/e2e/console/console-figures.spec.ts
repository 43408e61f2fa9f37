import { expect, request, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { SHOTS, watchForProblems } from '../helpers';
import { PASSWORD, residentId, seekersFor, TestCounty } from './county';

// A county with two stations that synced (one person registered at both) and one that never did.
const county = new TestCounty();
const SHARED_ID = residentId('1985-03-12', 21);
const PEOPLE_A = [
  { name: '王秀英', idNumber: SHARED_ID, groups: ['poverty-relief' as const] },
  {
    name: '李桂兰',
    idNumber: residentId('1979-07-02', 42),
    groups: ['poverty-relief' as const, 'single-parent' as const],
  },
  { name: '张志强', idNumber: residentId('1968-11-30', 13) },
  { name: '杨春花', idNumber: residentId('1992-01-19', 64) },
];
const PEOPLE_B = [
  { name: '王秀英', idNumber: SHARED_ID, groups: ['poverty-relief' as const] },
  { name: '吴金凤', idNumber: residentId('1988-05-05', 82), groups: ['returnee' as const] },
];
/** County-wide, one person per ID number. */
const REGISTERED = 5;
const REASON = '办理本月培训补贴申领，需核对证件号';

test.describe.configure({ mode: 'serial' });
let page: Page;
let problems: string[];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  county.addUser('admin.li', 'county-admin', '李主任');
  county.addUser('kanban', 'viewer', '县就业中心看板');
  await county.start();
  const a = await county.enrolStation('幸福村就业服务站', '522626101');
  const b = await county.enrolStation('新民村就业服务站', '522626102');
  await county.enrolStation('高坡村就业服务站', '522626103');
  await county.push(a, 'seekers', seekersFor(a.stationId, PEOPLE_A));
  await county.push(b, 'seekers', seekersFor(b.stationId, PEOPLE_B));
  page = await browser.newPage();
  problems = watchForProblems(page);
});
test.afterAll(async () => {
  await page.close();
  county.cleanUp();
});

async function logIn(p: Page, name: string) {
  await p.goto(`${county.url}/console/`);
  await p.getByLabel('用户名').fill(name);
  await p.getByLabel('密码').fill(PASSWORD);
  await p.getByRole('button', { name: '登录', exact: true }).click();
}

test('a county admin reads the dashboard: every figure, the monthly trend, the silent station', async () => {
  await logIn(page, 'admin.li');
  await expect(page.getByRole('heading', { name: '总览' })).toBeVisible();
  const registered = page.getByTestId('figure-seekers.registered');
  await expect(registered).toContainText('登记求职人数');
  await expect(registered).toContainText(String(REGISTERED));
  for (const label of ['推荐人次', '新上岗人数', '上岗 3 个月仍在岗', '在招岗位', '可申领补贴', '逾期未回访', '严重'])
    await expect(page.getByTestId('figures').getByText(label, { exact: true })).toBeVisible();
  await expect(page.getByText('脱贫户/监测户 2')).toBeVisible();
  // The trend is drawn (ECharts on a canvas) for the months up to this one.
  for (const chart of ['trend-people', 'trend-training'])
    await expect(page.getByTestId(chart).locator('canvas')).toBeVisible();
  // The station that never synced is counted and listed first, to be called.
  await expect(page.getByText('共 3 个站点，1 个超过 7 天没有同步（排在前面）')).toBeVisible();
  const firstStation = page.getByRole('row').nth(1);
  await expect(firstStation).toContainText('高坡村就业服务站');
  await expect(firstStation.getByText('从未同步').first()).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/console-dashboard.png`, fullPage: true });
});

test('a figure opens the ledger behind it, with the filter applied and ID numbers masked', async () => {
  await page.getByTestId('figure-seekers.registered').click();
  await expect(page.getByRole('heading', { name: '求职登记台账' })).toBeVisible();
  await expect(page).toHaveURL(/figure=seekers\.registered/);
  await expect(page.getByText('来自总览：登记求职人数')).toBeVisible();
  const table = page.getByTestId('ledger-table');
  await expect(page.getByText(`共 ${REGISTERED} 条`)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: '李桂兰' })).toContainText(/5226\*+\d{3}[\dX]/);
  await expect(table).not.toContainText(PEOPLE_A[1]?.idNumber ?? '');
  await page.screenshot({ path: `${SHOTS}/console-ledger.png`, fullPage: true });
});

test('a county admin shows full ID numbers only with a written reason, which the audit log keeps', async () => {
  await page.getByRole('button', { name: '显示完整证件号' }).click();
  const dialog = page.getByRole('dialog', { name: '显示完整证件号和电话' });
  await dialog.getByRole('button', { name: '显示', exact: true }).click();
  await expect(dialog.getByText('请写明原因（2 到 200 个字）')).toBeVisible();
  await dialog.getByLabel('为什么需要完整证件号？').fill(REASON);
  await dialog.getByRole('button', { name: '显示', exact: true }).click();
  await expect(page.getByText('正在显示完整证件号和电话（已记入操作记录）')).toBeVisible();
  const table = page.getByTestId('ledger-table');
  await expect(table.getByRole('row').filter({ hasText: '李桂兰' })).toContainText(PEOPLE_A[1]?.idNumber ?? '-');

  // Masked again, for the export below.
  await page.getByRole('button', { name: '重新隐去' }).click();
  await expect(table.getByRole('row').filter({ hasText: '李桂兰' })).toContainText(/5226\*+\d{3}[\dX]/);

  await page.getByRole('menuitem', { name: '操作记录' }).click();
  const log = page.getByTestId('audit-table');
  await expect(log.getByRole('row').filter({ hasText: REASON }).first()).toContainText('查看完整证件号');
  await page.goBack();
  await expect(page.getByRole('heading', { name: '求职登记台账' })).toBeVisible();
});

test('a viewer gets masked ledgers only: no button, and the server refuses full numbers', async ({ browser }) => {
  const viewer = await browser.newPage();
  await logIn(viewer, 'kanban');
  await expect(viewer.getByRole('heading', { name: '总览' })).toBeVisible();
  await viewer.getByTestId('figure-seekers.registered').click();
  await expect(viewer.getByRole('heading', { name: '求职登记台账' })).toBeVisible();
  await expect(viewer.getByText(`共 ${REGISTERED} 条`)).toBeVisible();
  await expect(viewer.getByRole('button', { name: '显示完整证件号' })).toHaveCount(0);
  const full = `full=1&reason=${encodeURIComponent(REASON)}`;
  expect((await viewer.request.get(`${county.url}/api/v1/console/ledgers/seekers?${full}`)).status()).toBe(403);
  await viewer.close();
});

test('the ledger exports as an Excel workbook with Chinese headers and masked ID numbers', async () => {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/求职登记台账.*\.xlsx$/);
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const header = (sheet.getRow(1).values as unknown[]).filter((v) => typeof v === 'string') as string[];
  expect(header).toContain('姓名');
  for (const title of header) expect(title).toMatch(/[\u4e00-\u9fff]/);
  const cells: string[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) row.eachCell((cell) => cells.push(String(cell.text)));
  });
  expect(cells).toContain('李桂兰');
  expect(cells.some((c) => /^5226\*{10}\d{3}[\dX]$/.test(c))).toBe(true);
  for (const person of [...PEOPLE_A, ...PEOPLE_B]) expect(cells).not.toContain(person.idNumber);
  await expect(page.getByText(/已下载：.*\.xlsx/)).toBeVisible();
  // A viewer may not export full numbers either.
  const viewer = await request.newContext({ baseURL: county.url });
  expect((await viewer.post('/api/v1/console/login', { data: { username: 'kanban', password: PASSWORD } })).ok()).toBe(
    true,
  );
  const full = `full=1&reason=${encodeURIComponent(REASON)}`;
  expect((await viewer.get(`/api/v1/console/exports/seekers.xlsx?${full}`)).status()).toBe(403);
  await viewer.dispose();
  // The export is in the audit log.
  await page.getByRole('menuitem', { name: '操作记录' }).click();
  await expect(page.getByTestId('audit-table').getByRole('row').filter({ hasText: '导出' }).first()).toContainText(
    'seekers',
  );
  expect(problems).toEqual([]);
});
