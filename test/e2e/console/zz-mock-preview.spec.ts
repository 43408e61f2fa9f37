import { expect, test } from '@playwright/test';
import { PASSWORD, TestCounty } from './county';

const county = new TestCounty();
test.beforeAll(async () => {
  test.setTimeout(240_000);
  county.addUser('admin.li', 'county-admin', '李主任');
  await county.start();
});
test.afterAll(() => county.cleanUp());

const summary = {
  period: { from: '2026-12-01', to: '2026-12-31' },
  asOf: '2026-12-01',
  seekers: { registered: 120, byPriorityGroup: { 'poverty-relief': 30, returnee: 12 }, active: 410 },
  referrals: { made: 80, hired: 25 },
  placements: { started: 30, retained3m: 21 },
  jobs: { open: 44, positions: 310 },
  training: { enrolments: 60, completions: 40, certificates: 35, subsidyEligible: 33 },
  rights: { openFindings: { critical: 1, high: 2, medium: 5, low: 1 } },
  followUps: { due: 12, overdue: 4 },
  stations: [
    { stationId: 's1', name: '幸福村就业服务站', lastPushAt: Date.now() - 3600e3 },
    { stationId: 's2', name: '高坡村就业服务站', lastPushAt: null },
  ],
  drill: {
    'seekers.registered': { ledger: 'seekers', filter: { from: '2026-12-01', to: '2026-12-31', perPerson: '1' } },
  },
  serverTime: Date.now(),
};
const trend = {
  months: Array.from({ length: 12 }, (_, i) => ({
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    registrations: 40 + i * 3,
    referrals: 30 + i,
    hires: 9 + (i % 4),
    placementsStarted: 8 + (i % 5),
    completions: 10 + (i % 6),
  })),
};
const ledger = {
  name: 'seekers',
  titleZh: '求职登记台账',
  rowIsZh: '一条在册的求职登记',
  masked: true,
  total: 120,
  page: 1,
  pageSize: 50,
  columns: [
    { key: 'name', headerZh: '姓名', headerEn: 'Name', kind: 'text', width: 10, sortable: true },
    { key: 'idNumber', headerZh: '证件号码', headerEn: 'ID number', kind: 'id-number', width: 20, sortable: false },
    { key: 'phone', headerZh: '手机号', headerEn: 'Phone', kind: 'phone', width: 14, sortable: false },
    { key: 'station', headerZh: '站点', headerEn: 'Station', kind: 'text', width: 16, sortable: true },
    { key: 'registeredOn', headerZh: '登记日期', headerEn: 'Registered', kind: 'date', width: 12, sortable: true },
    { key: 'rate', headerZh: '出勤率', headerEn: 'Attendance', kind: 'percent', width: 8, sortable: true },
  ],
  rows: Array.from({ length: 12 }, (_, i) => ({
    id: String(i),
    name: ['王秀英', '李桂兰', '张志强'][i % 3],
    idNumber: '5226**********0023',
    phone: '138****8000',
    station: '幸福村就业服务站',
    registeredOn: '2026-12-01',
    rate: 0.875,
  })),
};

test('preview', async ({ page }) => {
  await page.route('**/api/v1/console/summary**', (r) => r.fulfill({ json: summary }));
  await page.route('**/api/v1/console/trend**', (r) => r.fulfill({ json: trend }));
  await page.route('**/api/v1/console/ledgers/**', (r) => r.fulfill({ json: ledger }));
  await page.goto(`${county.url}/console/`);
  await page.getByLabel('用户名').fill('admin.li');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByTestId('trend-people').locator('canvas')).toBeVisible();
  await page.screenshot({ path: '/tmp/cweb-dash.png', fullPage: true });
  await page.getByTestId('figure-seekers.registered').click();
  await expect(page.getByText('共 120 条')).toBeVisible();
  await page.screenshot({ path: '/tmp/cweb-ledger.png', fullPage: true });
  await page.getByRole('button', { name: '显示完整证件号' }).click();
  await page.screenshot({ path: '/tmp/cweb-reveal.png' });
});
