import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { SHOTS, onFreshStation } from './helpers';

/** The village list: a file with mistakes is checked row by row before anything is saved. */
let page: Page;
onFreshStation((p) => (page = p));

test('a CSV with mistakes gets a row-by-row report; only valid rows go in, after confirming', async () => {
  const file = 'test-results/villages-with-mistakes.csv';
  writeFileSync(
    file,
    '代码,名称,纬度,经度\n522626101201,马家寨村,27.17,108.81\n5226261012,白岩村,27.2,108.8\n522626101203,高寨村,abc,108.8\n',
  );
  await page.getByRole('menuitem', { name: '村名单' }).click();
  await expect(page.getByText('还没有村名单。')).toBeVisible();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('1 行可以导入，2 个问题。有问题的行不会导入。')).toBeVisible();
  const report = page.getByRole('row');
  await expect(report.filter({ hasText: '行政区划代码应是 6 位、9 位或 12 位数字。' })).toContainText('3');
  await expect(report.filter({ hasText: '纬度应在 3.8 到 53.6 之间。' })).toContainText('4');
  await expect(page.getByText('还没有村名单。')).toBeVisible(); // nothing saved yet
  await page.screenshot({ path: `${SHOTS}/villages-report-zh.png`, fullPage: true });
  await page.getByRole('button', { name: '确认导入 1 行' }).click();
  await expect(page.getByText('已导入：新增 1 个，更新 0 个。')).toBeVisible();
  await expect(page.getByRole('cell', { name: '马家寨村' })).toBeVisible();
});

test('the demo list loads, and seekers can then pick their village', async () => {
  await page.getByRole('button', { name: '载入示例村名单（演示用，非官方数据）' }).click();
  await page.getByRole('button', { name: /确认导入 \d+ 行/ }).click();
  await expect(page.getByText(/已导入：新增 \d+ 个，更新 1 个。/)).toBeVisible();
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: /登记求职者/ }).click();
  await page.getByLabel('所在村').click();
  await page.keyboard.type('马家寨');
  await expect(page.getByTitle('思旸镇马家寨村')).toBeVisible();
});
