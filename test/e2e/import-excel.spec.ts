import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { onFreshStation, shoot, SHOTS } from './helpers';

/**
 * A new station imports its first people from the downloaded template, filled in as Excel fills it: dates typed
 * into date cells, one ID number typed into a number cell, the example row left in, and the mistakes real lists
 * hold (an ID number that says the person is a man for a woman, a made-up education). Nothing is guessed: those
 * rows are refused with the person named and what to do; someone without working hours is imported and marked.
 * At 1366×768, the usual station screen.
 */
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const LIU_ID = withCheck('52262619900814002'); // female, born 1990-08-14
const CHEN_ID = withCheck('52262619820105001'); // male, born 1982-01-05
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let page: Page;
onFreshStation((p) => (page = p), { width: 1366, height: 768 });

test('the template is a real template: named sheet, instructions, text ID column, date cells, drop-downs', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: /从表格导入求职者/ }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载模板/ }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const sheet = book.getWorksheet('求职者');
  expect(sheet).toBeDefined();
  if (!sheet) return;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const col = (h: string) => headers.indexOf(h) + 1;
  expect(sheet.getCell(2, 1).text).toMatch(/^【填写说明】/);
  expect(sheet.getCell(10, col('身份证号')).numFmt).toBe('@');
  expect(sheet.getCell(10, col('出生日期')).numFmt).toBe('yyyy-mm-dd');
  expect(sheet.getCell(10, col('性别')).dataValidation?.formulae).toEqual(['"男,女"']);
  expect(sheet.getCell(10, col('文化程度')).dataValidation?.type).toBe('list');
  expect(col('工作时间')).toBeGreaterThan(0);

  // Filled in as a station worker fills it in Excel: the example row left where it is, dates as date cells.
  const put = (r: number, cells: Readonly<Record<string, unknown>>) => {
    for (const [h, v] of Object.entries(cells)) sheet.getCell(r, col(h)).value = v as ExcelJS.CellValue;
  };
  const consent = { 同意匹配: '是', 同意报县: '是', 同意日期: day(2026, 11, 20) };
  put(4, { 姓名: '刘芳', 身份证号: LIU_ID, 文化程度: '初中', 工作时间: '每天上午', ...consent });
  put(5, { 姓名: '陈强', 性别: '男', 出生日期: day(1982, 1, 5), 文化程度: '高中', 工作时间: '白天8-17', ...consent });
  sheet.getCell(5, col('身份证号')).numFmt = 'General';
  put(5, { 身份证号: Number('522626198201050010') }); // a number cell: Excel keeps 15 digits, the rest become 0
  put(6, { 姓名: '王秀兰', 性别: '女', 身份证号: CHEN_ID, 文化程度: '初中', ...consent });
  put(7, { 姓名: '赵敏', 性别: '女', 出生日期: day(1995, 6, 1), 文化程度: '研究生', ...consent });
  put(8, { 姓名: '孙丽', 性别: '女', 出生日期: day(1979, 9, 9), 文化程度: '小学', ...consent });
  mkdirSync('test-results', { recursive: true });
  await book.xlsx.writeFile('test-results/import-as-excel.xlsx');
});

test('the check names each person, says what Excel did and refuses what contradicts; nothing is guessed', async () => {
  await page.locator('input[type=file]').setInputFiles('test-results/import-as-excel.xlsx');
  await expect(page.getByText('2 人可以导入；4 行有问题，不会导入（见下表）。')).toBeVisible();
  const line = (name: string) => page.getByRole('row').filter({ hasText: name });
  await expect(line('张三（示例）')).toContainText('这是模板里的示例行，不会导入');
  await expect(line('陈强')).toContainText('把这一列设为文本格式再填');
  await expect(line('王秀兰')).toContainText('性别和身份证号不一致');
  await expect(line('赵敏')).toContainText('文化程度要从下拉列表里选');
  await expect(line('孙丽')).toContainText('导入，请补填');
  await expect(line('孙丽')).toContainText('没填工作时间');
  // Date cells are dates: no row is told its date has the wrong format.
  await expect(page.getByText('日期格式应是')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/import-excel-report-zh.png`, fullPage: true });

  await page.getByRole('button', { name: '确认导入 2 人' }).click();
  await expect(page.getByText('已导入 2 人。')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '孙丽' }).getByTestId('no-hours')).toHaveText('缺工作时间');
  await expect(page.getByRole('row').filter({ hasText: '刘芳' }).getByTestId('no-hours')).toHaveCount(0);
  // the red tag keeps its row as tall as the others (the list's windowing counts on one height)
  const tagged = page.getByRole('row').filter({ hasText: '孙丽' });
  expect(await tagged.evaluate((r) => r.getBoundingClientRect().height)).toBe(49);
  await expect(page.getByRole('row').filter({ hasText: '赵敏' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/import-excel-list-zh.png` });
});

test('someone imported without hours is told on their matches page, with the way to fix it', async () => {
  await page.getByRole('row').filter({ hasText: '孙丽' }).click();
  await page.getByRole('button', { name: '找合适的岗位' }).click();
  await expect(page.getByText('孙丽 还没有填可以工作的时间，所以匹配不到任何岗位。')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-excel-no-hours-zh.png` });
  await page.getByRole('button', { name: '去填工作时间' }).click();
  await expect(page.getByRole('button', { name: '每天上午' })).toBeVisible();
});

/** A man born on the given day of 1980–1989, the sequence making each number different. */
const manBorn = (i: number) => {
  const birth = `198${i % 10}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
  return withCheck(`522626${birth}${String(((i * 2 + 1) % 1000) | 1).padStart(3, '0')}`);
};
const BIG = 4_500;

/** Puts a seeker record straight into the station's database, as a pull from the county would store it. */
const storeDirectly = (idNumber: string, deleted: boolean) =>
  page.evaluate(
    ({ idNumber, deleted }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('doorstep');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'seekers'], 'readwrite');
          tx.objectStore('meta').get('stationId').onsuccess = (e) => {
            const stationId = (e.target as IDBRequest<{ value: string }>).result.value;
            tx.objectStore('seekers').put({
              id: '01900000-0000-7000-8000-000000000001',
              stationId,
              createdAt: 1,
              updatedAt: '000000000000001:00000:county',
              deleted,
              name: '县里同步来的人',
              sex: 'male',
              birthDate: '1980-01-01',
              idNumber,
              phone: null,
              villageCode: null,
              education: 'junior',
              literacy: 'basic',
              skills: [],
              certificates: [],
              availability: '0'.repeat(84),
              careDuties: [],
              physical: { standingHoursMax: null, liftKgMax: null, eyesight: 'good', hands: 'full' },
              commute: { maxMinutes: 30, mode: 'ebike' },
              homeBasedWanted: false,
              payFloor: null,
              groups: [],
              pregnant: false,
              consent: { date: '2026-11-20', matching: true, county: true, recordedBy: 'county', withdrawnOn: null },
              status: 'active',
              notes: '',
              searchKeys: ['县里同步来的人'],
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { idNumber, deleted },
  );

test('a large file shows how far the check and the saving are; a batch that cannot go in is reported and retried', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('求职者');
  sheet.addRow(['姓名', '身份证号', '文化程度', '同意匹配', '同意报县', '同意日期', '工作时间']);
  for (let i = 0; i < BIG; i += 1)
    sheet.addRow([`批量${i}`, manBorn(i), '初中', '是', '是', day(2026, 11, 20), '周一到五全天']);
  const file = 'test-results/import-large.xlsx';
  await book.xlsx.writeFile(file);

  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: /从表格导入求职者/ }).click();
  // Every text the progress card shows, as it changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=import-progress]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const seen = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  await page.locator('input[type=file]').setInputFiles(file);
  // A picture of the progress card while it is there (it goes when the check is done).
  const progressShot = (name: string) =>
    page
      .getByTestId('import-progress')
      .waitFor({ timeout: 5_000 })
      .then(() => page.screenshot({ path: `${SHOTS}/${name}.png` }))
      .catch(() => undefined);
  await progressShot('import-large-checking-zh');
  await expect(page.getByText(`${BIG} 人可以导入；0 行有问题`)).toBeVisible({ timeout: 120_000 });
  const checking = await seen();
  expect(checking[0]).toContain('正在读取文件 import-large.xlsx');
  expect(checking.some((text) => /^已检查 [\d,]+ \/ 4,500 行/.test(text))).toBe(true);

  // Meanwhile the county's copy of one of them arrives (row 2999 of the sheet, in the second batch).
  await storeDirectly(manBorn(2997), false);
  await page.getByRole('button', { name: `确认导入 ${BIG} 人` }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible({ timeout: 120_000 });
  await expect(report).toContainText('已导入 2,500 行；2,000 行没有导入（见下表）。');
  await expect(report.getByRole('row').filter({ hasText: '第 2002–4001 行中的 2,000 行' })).toContainText(
    '这个身份证号已经登记过了。',
  );
  const saving = (await seen()).slice(checking.length);
  expect(saving.some((text) => text.startsWith('已导入 2,000 / 4,500 行') && !text.includes('没有导入'))).toBe(true);
  expect(saving.some((text) => text.startsWith('已导入 2,000 / 4,500 行；2,000 行没有导入'))).toBe(true);
  await shoot(page, 'import-large-report-zh');

  // That record is withdrawn; the retry puts in the 2,000 left, and nobody twice.
  await storeDirectly(manBorn(2997), true);
  await report.getByRole('button', { name: '再导入这 2,000 行' }).click();
  await progressShot('import-large-saving-zh');
  await expect(page.getByText(`已导入 ${BIG} 人。`)).toBeVisible({ timeout: 120_000 });
  const stored = await page.evaluate(
    () =>
      new Promise<{ people: number; idNumbers: number }>((resolve) => {
        indexedDB.open('doorstep').onsuccess = (e) => {
          const db = (e.target as IDBOpenDBRequest).result;
          db.transaction('seekers').objectStore('seekers').getAll().onsuccess = (r) => {
            const all = (r.target as IDBRequest<{ name: string; idNumber: string }[]>).result;
            const batch = all.filter((s) => s.name.startsWith('批量'));
            db.close();
            resolve({ people: batch.length, idNumbers: new Set(batch.map((s) => s.idNumber)).size });
          };
        };
      }),
  );
  expect(stored).toEqual({ people: BIG, idNumbers: BIG });
});
