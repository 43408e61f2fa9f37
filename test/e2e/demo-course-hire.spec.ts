import { expect, test, type Page } from '@playwright/test';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { onFreshStation, SHOTS, loadDemoCounty, settle } from './helpers';

/**
 * A training PC with the demo county, at 1366×768: the demo stays off the county; a course whose sessions are
 * already due but not yet called says 还没点名, never "can no longer get the subsidy"; a name with an emoji is
 * found by the roll-call's keys, a jump that finds no one marks no one, and leaving with unsaved marks asks; a
 * hire dated months ahead is warned and leaves the person looking for work until then.
 */
const NAME = '覃雪梅🌸';
const ID = ((first17: string) => first17 + checkCharacter(first17))('52262619880312004');
const COURSE = '缝纫工技能培训班（今日开课）';
const inDays = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

let page: Page;
onFreshStation((p) => (page = p), { width: 1366, height: 768 });

test('after loading the demo the card says it is ready and stays local; enrolment with the county is refused', async () => {
  await loadDemoCounty(page);
  await expect(page.getByText(/演示数据已经载入.*不会上传到县里/)).toBeVisible();
  await expect(page.getByText('不能再载入演示数据')).toHaveCount(0);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/demo-loaded-zh.png` });

  await page.getByRole('menuitem', { name: '同步' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '这台电脑载入了虚构的演示数据' })).toBeVisible();
  await page.getByLabel('县服务器地址').fill('127.0.0.1:8787');
  await page.getByLabel('注册码').fill('ABCD-EFGH-JKLM');
  await page.getByRole('button', { name: '注册本站' }).click();
  await expect(page.locator('.ant-form-item-explain-error').filter({ hasText: '不能注册到县里' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/demo-no-enrolment-zh.png` });
});

test('a person whose name ends in an emoji is registered', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill(NAME);
  await page.getByLabel('身份证号').fill(ID);
  await page.getByLabel('姓名', { exact: true }).click();
  await page.getByLabel('本人同意把资料用于岗位匹配和推荐（必须）').check();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(`已保存 ${NAME} 的资料。`)).toBeVisible();
});

test('a course whose sessions are due today, before any roll-call: 还没点名, not "can no longer"', async () => {
  await page.getByRole('menuitem', { name: '技能缺口' }).click();
  await page
    .locator('.ant-table-row')
    .filter({ hasText: '缝纫机操作' })
    .getByRole('button', { name: /开设课程/ })
    .click();
  await page.getByLabel('课程名称').fill(COURSE);
  await page.getByRole('button', { name: '添加一天（上午和下午）' }).click();
  await page.getByLabel('最少要上的课时').fill('8');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();

  await page.getByRole('button', { name: '报名学员' }).click();
  const dialog = page.getByRole('dialog');
  const search = dialog.getByLabel('输入姓名、拼音或首字母查找求职者');
  await search.fill('qxm');
  await dialog.getByRole('checkbox', { name: NAME, exact: true }).check();
  await search.fill('');
  const others = dialog.locator('.ant-table-row').filter({ hasNotText: NAME.slice(0, 3) });
  await others.nth(0).getByRole('checkbox').check();
  await others.nth(1).getByRole('checkbox').check();
  await dialog.getByRole('button', { name: '报名选中的 3 人' }).click();
  await expect(page.getByText('已报名 3 人，候补 0 人。')).toBeVisible();

  const rows = page.locator('.ant-table-row');
  await expect(rows).toHaveCount(3);
  for (let i = 0; i < 3; i += 1) await expect(rows.nth(i)).toContainText('还没点名');
  await expect(page.getByText('已不能享受补贴')).toHaveCount(0);
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/course-not-called-yet-zh.png`, fullPage: true });
});

test('roll-call: a jump that finds no one marks no one; the emoji name is found by its initials', async () => {
  await page.getByRole('tab', { name: '上课和点名' }).click();
  await page.getByRole('button', { name: /^点名 .*上午/ }).click();
  const progress = page.getByTestId('roll-progress');
  await expect(progress).toHaveText('已点 0 / 3 人');
  await page.keyboard.type('99');
  await expect(page.getByTestId('roll-typed')).toContainText('没找到');
  await page.waitForTimeout(2_000); // longer than typed text takes to fade
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('roll-typed')).toContainText('没找到');
  await expect(progress).toHaveText('已点 0 / 3 人');
  await page.keyboard.press('Escape');
  await page.keyboard.type('qxm');
  await expect(page.locator('.roll-card[aria-current="true"] .roll-name')).toHaveText(NAME);
  await page.keyboard.press('Enter');
  await expect(page.locator('.roll-card').filter({ hasText: NAME })).toHaveAttribute('data-mark', 'present');
  await expect(progress).toHaveText('已点 1 / 3 人');
});

test('leaving the roll-call with unsaved marks asks first; staying keeps them', async () => {
  await page.getByRole('button', { name: '返回课程' }).click();
  const ask = page.getByRole('dialog').filter({ hasText: '还有没保存的内容，要离开吗？' });
  await expect(ask).toContainText('有 1 人的点名还没保存');
  await settle(page);
  await page.screenshot({ path: `${SHOTS}/roll-call-leave-ask-zh.png` });
  await ask.getByRole('button', { name: '留下' }).click();
  await expect(page.getByTestId('roll-progress')).toHaveText('已点 1 / 3 人');
  await page.getByRole('menuitem', { name: '首页' }).click();
  await ask.getByRole('button', { name: '不保存，离开' }).click();
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
});

test('a hire dated three months ahead is warned, Enter in the date box saves nothing, the person stays looking', async () => {
  const start = inDays(90);
  await page.getByRole('menuitem', { name: '上岗回访' }).click();
  await page.getByRole('button', { name: /登记上岗/ }).click();
  await page.getByLabel('选择求职者（输入名字、拼音或首字母搜索）').click();
  await page.keyboard.type('qxm');
  await page.getByTitle(new RegExp(NAME.slice(0, 3))).click();
  await page.getByLabel('选择岗位').click();
  await page.getByTitle(/^缝纫工（上学时间班） — /).click();
  const date = page.getByLabel('第一天上班的日期');
  await date.fill(start);
  await expect(page.getByTestId('future-date')).toContainText(`上岗日期 ${start} 还没到（90 天后）`);
  await date.press('Enter');
  await expect(page.getByRole('heading', { name: '登记上岗' })).toBeVisible();
  await expect(page.getByText(/已登记上岗/)).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/hire-future-warned-zh.png` });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(`已登记上岗：${NAME}。`)).toBeVisible();

  await page.getByRole('button', { name: '临时回访' }).click();
  await page.getByLabel('回访日期').fill(inDays(3));
  await expect(page.getByTestId('future-date')).toContainText('回访日期');

  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByPlaceholder(/姓名/).first().fill('qxm');
  await expect(page.getByRole('row').filter({ hasText: NAME })).toContainText('在找工作');
});
