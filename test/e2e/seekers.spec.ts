import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { SHOTS, onFreshStation } from './helpers';

/**
 * Registering job seekers as station staff would: ID number fills birth date and sex, consent is required,
 * identifiers are checked and masked, search works by pinyin and phone tail, duplicates are caught.
 */
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const LI_ID = withCheck('52262619880512002'); // female, born 1988-05-12
let page: Page;
onFreshStation((p) => (page = p));

async function openRegistration() {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
}

test('registers a single mother: the ID fills birth date and sex, consent is required, bad input is explained', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await expect(page.getByText('没有找到。可以换个写法，或登记新的求职者。')).toBeVisible();
  await openRegistration();

  await page.getByLabel('姓名').fill('李秀英');
  await page.getByLabel('身份证号').fill(LI_ID.slice(0, 17) + ((Number(LI_ID[17]) + 1) % 10));
  await page.getByLabel('手机或电话').fill('12345');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('身份证号最后一位对不上，可能有一位输错了。')).toBeVisible();
  await expect(page.getByText('手机号应是 11 位，以 13–19 开头。')).toBeVisible();

  await page.getByLabel('身份证号').fill(LI_ID);
  await page.getByLabel('手机或电话').fill('138 0013 8000');
  await page.getByLabel('姓名').click(); // leave the ID field: birth date and sex follow the ID
  await expect(page.getByLabel('出生日期')).toHaveValue('1988-05-12');
  await expect(page.getByRole('radio', { name: '女' })).toBeChecked();

  await page.getByRole('button', { name: '上学时间（周一到五 8:30–15:30）' }).click();
  await expect(page.getByRole('button', { name: '一 08:30' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: '一 08:00' })).toHaveAttribute('aria-pressed', 'false');
  await page.getByRole('button', { name: /添加要空出的时间/ }).click(); // school pick-up 15:30–16:30
  await page.getByRole('button', { name: /添加技能/ }).click();
  await page.getByLabel('技能', { exact: true }).click();
  await page.keyboard.type('缝纫');
  await page.getByTitle('缝纫机操作').click();
  await page.getByLabel('单亲家庭').check();

  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('必须先征得本人同意（用于岗位匹配和推荐），才能登记。')).toBeVisible();
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByLabel('本人同意把资料报送县里（用于统计和补贴）').check();
  await page.screenshot({ path: `${SHOTS}/seeker-form-zh.png`, fullPage: true });
  await page.getByRole('button', { name: '保存' }).click();

  await expect(page.getByText('已保存 李秀英 的资料。')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '李秀英' });
  await expect(row).toContainText(`5226**********${LI_ID.slice(-4)}`);
  await expect(row).toContainText('138****8000');
  await expect(page.getByText(LI_ID)).toHaveCount(0);
});

test('finds people by pinyin initials, full pinyin and phone tail', async () => {
  const search = page.getByLabel('姓名、拼音、首字母，或电话/身份证后四位');
  for (const q of ['lxy', 'lixiuying', '李秀', '8000']) {
    await search.fill(q);
    await expect(page.getByRole('row').filter({ hasText: '李秀英' }), q).toBeVisible();
  }
  await search.fill('zzz');
  await expect(page.getByText('没有找到。可以换个写法，或登记新的求职者。')).toBeVisible();
  await search.fill('');
  // the list answers the cleared box (the newest people) before it is photographed
  await expect(page.locator('[data-results-for=""]')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: '李秀英' });
  await expect(row).toBeVisible();
  // every row is as tall as the list's windowing counts on (ROW_HEIGHT in seeker-table.tsx)
  expect(await row.evaluate((r) => r.getBoundingClientRect().height)).toBe(49);
  await page.screenshot({ path: `${SHOTS}/seekers-list-zh.png`, fullPage: true });
});

test('the same ID number is stopped with a link to the person; the same phone asks for a reason', async () => {
  await openRegistration();
  await page.getByLabel('姓名').fill('李秀');
  await page.getByLabel('身份证号').fill(LI_ID);
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('这个身份证号已经登记过：李秀英。不能重复登记。')).toBeVisible();
  await page.getByRole('button', { name: '打开已登记的资料' }).click();
  await expect(page.getByRole('heading', { name: '修改求职者资料' })).toBeVisible();
  await expect(page.getByLabel('姓名')).toHaveValue('李秀英');

  await openRegistration();
  await page.getByLabel('姓名').fill('张伟');
  await page.getByText('男', { exact: true }).click();
  await page.getByLabel('出生日期').fill('1985-03-02');
  await page.getByLabel('手机或电话').fill('13800138000');
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('已有相似的人：李秀英（电话相同）')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '写明原因，继续保存' })).toBeDisabled();
  await dialog.getByLabel('原因').fill('夫妻共用一部手机');
  await dialog.getByRole('button', { name: '写明原因，继续保存' }).click();
  await expect(page.getByText('已保存 张伟 的资料。')).toBeVisible();
});

test('a birth date in the future is refused under the field, and nothing is saved', async () => {
  await openRegistration();
  await page.getByLabel('姓名').fill('赵小梅');
  await page.getByLabel('出生日期').fill('2030-01-01');
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('这个日期还没到，请检查。')).toBeVisible();
  await page.getByRole('button', { name: '返回名单' }).click();
  await expect(page.getByRole('row').filter({ hasText: '赵小梅' })).toHaveCount(0);
});

test('showing a full ID number asks why, and the audit log keeps who and why', async () => {
  await page.getByRole('row').filter({ hasText: '李秀英' }).click();
  await expect(page.getByText(`5226**********${LI_ID.slice(-4)}`)).toBeVisible();
  await page.getByRole('button', { name: '查看' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('为什么要查看？（会记录在操作日志里）')).toBeVisible();
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(dialog.getByText('请写明为什么要查看完整号码。')).toBeVisible();
  await dialog.getByLabel('为什么要查看？（会记录在操作日志里）').fill('办理培训补贴');
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(page.getByText(LI_ID)).toBeVisible();
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const line = page.getByRole('row').filter({ hasText: '查看完整号码' });
  await expect(line).toContainText('王芳');
  await expect(line).toContainText('办理培训补贴');
  await expect(line).toContainText('身份证号');
});

test('revealing a phone number asks for a reason, and the audit log shows it', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('row').filter({ hasText: '李秀英' }).click();
  await expect(page.getByRole('heading', { name: '修改求职者资料' })).toBeVisible();
  await expect(page.getByText('138****8000').first()).toBeVisible();
  await page.getByRole('button', { name: '查看' }).nth(1).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('查看完整的手机或电话')).toBeVisible();
  await expect(dialog.getByLabel('为什么要查看？（会记录在操作日志里）')).toBeVisible();
  await dialog.getByLabel('为什么要查看？（会记录在操作日志里）').fill('通知面试时间');
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(page.getByText('13800138000')).toBeVisible();
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const line = page.getByRole('row').filter({ hasText: '通知面试时间' });
  await expect(line).toContainText('查看完整号码');
  await expect(line).toContainText('电话');
});

test('an import with bad rows shows the report, imports only after confirming; then "zs" finds 张三', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: /从表格导入求职者/ }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载模板/ }).click();
  const template = await download;
  expect(template.suggestedFilename()).toBe('求职者导入模板.xlsx');
  const templateBook = new ExcelJS.Workbook();
  await templateBook.xlsx.readFile(await template.path());
  expect(templateBook.worksheets[0]?.getRow(1).getCell(1).text).toBe('姓名');

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('求职者');
  sheet.addRow([
    '姓名',
    '性别',
    '出生日期',
    '身份证号',
    '手机',
    '村代码',
    '文化程度',
    '技能',
    '同意匹配',
    '同意报县',
    '同意日期',
  ]);
  sheet.addRow([
    '张三',
    '男',
    '1985-03-02',
    withCheck('52262619850302001'),
    '13900001111',
    '',
    '初中',
    '电工、焊接',
    '是',
    '是',
    '2026-11-20',
  ]);
  sheet.addRow(['王二', '男', '1980-01-01', '110105194912310021', '', '', '', '', '是', '是', '2026-11-20']);
  sheet.addRow(['李秀英', '女', '1988-05-12', LI_ID, '', '', '', '', '是', '是', '2026-11-20']);
  const file = 'test-results/seekers-import.xlsx';
  await book.xlsx.writeFile(file);

  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText('1 人可以导入；2 行有问题，不会导入（见下表）。')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '身份证号最后一位对不上' })).toContainText('3');
  await expect(page.getByRole('row').filter({ hasText: '这个身份证号已经登记过了。' })).toContainText('4');
  await page.screenshot({ path: `${SHOTS}/seekers-import-report-zh.png`, fullPage: true });
  await page.getByRole('button', { name: '返回名单' }).click();
  await expect(page.getByRole('row').filter({ hasText: '张三' })).toHaveCount(0); // not before confirming

  await page.getByRole('button', { name: /从表格导入求职者/ }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '确认导入 1 人' }).click();
  await expect(page.getByText('已导入 1 人。')).toBeVisible();
  await page.getByLabel('姓名、拼音、首字母，或电话/身份证后四位').fill('zs');
  await expect(page.getByRole('row').filter({ hasText: '张三' })).toBeVisible();
});
