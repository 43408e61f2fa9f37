import { expect, test, type Page } from '@playwright/test';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { onFreshStation, settle, SHOTS } from './helpers';
import { registerCarer } from './registry-steps';

/**
 * A job whose shift ends at 15:45: painted 09:00–16:00 on the week grid, its finish set to 15:45 under it. Matching
 * sees 15:45: a mother who picks her child up at 16:00 is a match, one who picks up at 15:30 is a near miss told
 * to ask for 15 minutes.
 */
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const WEEKDAYS = ['一', '二', '三', '四', '五'];
const JOB = '缝纫工（9点到3点45）';
const ALL_DAY = '周一到五全天';
let page: Page;
onFreshStation((p) => (page = p));

test('staff post a sewing job painted 09:00–16:00 whose shift really ends at 15:45', async () => {
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await page.getByRole('button', { name: /登记用人单位/ }).click();
  await page.getByLabel('单位名称').fill('幸福村帮扶车间');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存 幸福村帮扶车间。')).toBeVisible();

  await page.getByRole('button', { name: /发布岗位/ }).click();
  await page.getByLabel('用人单位').click();
  await page.getByTitle('幸福村帮扶车间').click();
  await page.getByLabel('岗位名称').fill(JOB);
  await page.getByRole('button', { name: '上学时间（周一到五 8:30–15:30）' }).click();
  for (const day of WEEKDAYS)
    for (const time of ['08:30', '15:30'])
      await page.getByRole('button', { name: `${day} ${time}`, exact: true }).click();
  const edges = page.getByTestId('shift-edges');
  await expect(edges).toContainText('周一至周五 09:00–16:00');
  await edges.getByLabel('周一至周五 09:00–16:00 下班').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('15:45').click();
  await expect(edges.getByLabel('周一至周五 09:00–16:00 下班').locator('..').locator('..')).toContainText('15:45');
  await page.getByLabel('怎么算工资').click();
  await page.getByTitle('计件').click();
  await page.getByLabel('金额').fill('0.5');
  await page.getByLabel('一般人一小时能做多少件').fill('40');
  await edges.scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/quarter-shift-job-form-zh.png` });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已保存 ${JOB}。`)).toBeVisible();
});

test('two mothers: one picks up at 16:00, the other at 15:30', async () => {
  await registerCarer(page, {
    name: '覃丽娟',
    idNumber: withCheck('52262619880101002'),
    preset: ALL_DAY,
    from: '16:00',
    to: '16:30',
  });
  await registerCarer(page, {
    name: '龙秀梅',
    idNumber: withCheck('52262619870202004'),
    preset: ALL_DAY,
    from: '15:30',
    to: '16:30',
  });
});

test('the 15:45 job matches the 16:00 pick-up and not the 15:30 one, which is asked for 15 minutes', async () => {
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await page.locator('.ant-table-row').filter({ hasText: JOB }).first().click();
  await page.getByRole('button', { name: '找合适的人' }).click();
  await expect(page.getByRole('heading', { name: `适合“${JOB}”的人` })).toBeVisible();
  const cards = page.getByTestId('match-card');
  await expect(page.getByRole('heading', { name: '合适的（1 个）', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '差一点就合适的（1 个）', exact: true })).toBeVisible();
  const match = cards.filter({ hasText: '覃丽娟' });
  const near = cards.filter({ hasText: '龙秀梅' });
  await expect(match).toHaveCount(1);
  await expect(near).toHaveCount(1);
  await expect(near).toContainText('请用人单位允许早 15 分钟下班（周一至周五 15:30–15:45）');
  await expect(near).not.toContainText('30 分钟');
  await expect(match).toContainText('工作时间（每周 33.75 小时）');
  await near.scrollIntoViewIfNeeded();
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/quarter-shift-matches-zh.png`, fullPage: true });

  await page.getByLabel('查看某个人为什么不合适（输入姓名或拼音）…').click();
  await page.keyboard.type('龙秀梅');
  await page.locator('.ant-select-dropdown:visible').getByText('龙秀梅').first().click();
  const panel = page.locator('.ant-drawer');
  await expect(panel.getByText('与接送孩子时间冲突：周一至周五 15:30–15:45').first()).toBeVisible();
  await expect(panel).toContainText('请用人单位允许早 15 分钟下班（周一至周五 15:30–15:45）');
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/quarter-shift-why-not-zh.png` });
});
