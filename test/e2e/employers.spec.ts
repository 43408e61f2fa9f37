import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { loadDemoCounty, onFreshStation, SHOTS } from './helpers';

/** An employer and its piece-rate job, as station staff would enter them. */
let page: Page;
onFreshStation((p) => (page = p));

test('registers an employer; a mistyped credit code is explained, an empty one is fine', async () => {
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await expect(page.getByText('还没有用人单位。先登记用人单位，再发布岗位。')).toBeVisible();
  await expect(page.getByRole('button', { name: /发布岗位/ })).toBeDisabled();
  await page.getByRole('button', { name: /登记用人单位/ }).click();
  await page.getByLabel('单位名称').fill('幸福村帮扶车间');
  await page.getByLabel('单位类型').click();
  await page.getByTitle('帮扶车间').click();
  await page.getByLabel('统一社会信用代码').fill('91350100M000100Y44');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('统一社会信用代码最后一位对不上，可能有一位输错了。')).toBeVisible();
  await page.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
  await page.getByLabel('联系人').fill('陈主任');
  await page.getByLabel('联系电话').fill('139-1234-5678');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 幸福村帮扶车间。')).toBeVisible();
});

test('posts a piece-rate sewing job with school-hours schedule, found by pinyin initials', async () => {
  await page.getByRole('button', { name: /发布岗位/ }).click();
  await page.getByLabel('用人单位').click();
  await page.getByTitle('幸福村帮扶车间').click();
  await page.getByLabel('岗位名称').fill('缝纫工');
  await page.getByRole('button', { name: '上学时间（周一到五 8:30–15:30）' }).click();
  await page.getByLabel('怎么算工资').click();
  await page.getByTitle('计件').click();
  await page.getByLabel('金额').fill('0.5');
  await page.getByLabel('一般人一小时能做多少件').fill('40');
  await page.getByLabel('招几个人').fill('10');
  await page.screenshot({ path: `${SHOTS}/job-form-zh.png`, fullPage: true });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 缝纫工。')).toBeVisible();
  const row = page.locator('.ant-table-row').filter({ hasText: '缝纫工' });
  await expect(row).toContainText('幸福村帮扶车间');
  await expect(row).toContainText('0.5 元/件');
  await page.getByLabel('名称、拼音或首字母').fill('frg');
  await expect(page.locator('.ant-table-row').filter({ hasText: '缝纫工' })).toBeVisible();
  await page.getByLabel('名称、拼音或首字母').fill('xyz');
  await expect(page.locator('.ant-table-row').filter({ hasText: '缝纫工' })).toHaveCount(0);
  await page.getByLabel('名称、拼音或首字母').fill('');
  await page.screenshot({ path: `${SHOTS}/jobs-list-zh.png`, fullPage: true });
});

test('jobs import from a spreadsheet: an unknown employer is reported, the rest goes in after confirming', async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('岗位');
  sheet.addRow([
    '单位名称',
    '岗位名称',
    '技能',
    '工作日',
    '上班时间',
    '下班时间',
    '在家做',
    '计薪方式',
    '金额',
    '每小时件数',
    '合同',
    '社保',
    '人数',
    '开始日期',
  ]);
  sheet.addRow([
    '幸福村帮扶车间',
    '整烫工',
    '服装整烫与后整',
    '一二三四五',
    '08:30',
    '15:30',
    '否',
    '按月',
    '2600',
    '',
    '劳动合同',
    '是',
    '4',
    '2026-12-01',
  ]);
  sheet.addRow(['不存在的厂', '包装工', '', '', '', '', '', '按月', '3000', '', '', '', '', '']);
  const file = 'test-results/jobs-import.xlsx';
  await book.xlsx.writeFile(file);
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await page.getByRole('button', { name: /从表格导入岗位/ }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('1 个岗位可以导入；1 行有问题，不会导入（见下表）。')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '没有这个用人单位' })).toContainText('3');
  await page.getByRole('button', { name: '确认导入 1 个岗位' }).click();
  await expect(page.getByText('已导入 1 个岗位。')).toBeVisible();
  await expect(page.locator('.ant-table-row').filter({ hasText: '整烫工' })).toContainText('2600 元/月');
});

test('an administrator loads the made-up demo county for training', async () => {
  await loadDemoCounty(page);
  await expect(page.getByRole('button', { name: '载入演示数据（虚构）' })).toBeDisabled();
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await expect(page.getByText('共 300 人')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/seekers-demo-zh.png`, fullPage: true });
  // Filtering by status reads the status index: all 300 demo people are looking for work.
  await page.locator('.ant-select').filter({ hasText: '全部状态' }).click();
  await page.getByTitle('暂不找工作').click();
  await expect(page.getByText('共 0 人')).toBeVisible();
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await expect(page.locator('.ant-table-row').filter({ hasText: '缝纫工（上学时间班）' })).toContainText(
    '思旸镇帮扶车间',
  );
});
