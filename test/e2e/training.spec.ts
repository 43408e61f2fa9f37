import { expect, test, type Page } from '@playwright/test';
import { asPrinted, loadDemoCounty, onFreshStation } from './helpers';
import {
  COURSE,
  countingKeyboard,
  initials,
  JOB,
  jobCardIndex,
  logIn,
  matchesCount,
  openSeekerMatches,
  shoot,
} from './training-steps';

/**
 * Training as a new station would use it: the administrator loads the demo county, adds a trainer and a
 * course, enrols 30 people (one of them a near miss for a sewing job, lacking only the sewing skill); the
 * trainer logs in, takes the roll-call of 30 by keyboard alone, in fewer key presses than there are trainees,
 * and corrects one mark later (the audit log keeps both); the near-miss trainee completes with a certificate,
 * and the sewing job now fits her. How long the steps take is not asserted here: a test proves behaviour.
 */
let page: Page;
let trainee = '';
let matchesBefore = 0;
onFreshStation((p) => (page = p));

test('the administrator loads the demo county and adds a trainer account', async () => {
  await loadDemoCounty(page);
  await page.getByRole('menuitem', { name: '人员管理' }).click();
  await page.getByRole('button', { name: '添加工作人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('李老师');
  await dialog.getByLabel('角色').click();
  await page.getByTitle('培训讲师').click();
  await dialog.getByLabel('登录密码（6 到 12 位数字）').fill('135790');
  await dialog.getByLabel('再输入一次登录密码').fill('135790');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已添加 李老师。')).toBeVisible();
});

test('the skills gap ranks sewing, and a near miss for the sewing job lacks only that skill', async () => {
  await page.getByRole('menuitem', { name: '技能缺口' }).click();
  await expect(page.getByRole('heading', { name: '技能缺口：下一步开什么课' })).toBeVisible();
  const sewing = page.locator('.ant-table-row').filter({ hasText: '缝纫机操作' });
  await expect(sewing).toBeVisible();
  await expect(sewing.getByRole('button', { name: /开设课程/ })).toBeVisible();
  await shoot(page, 'training-skills-gap-zh');

  // Someone the sewing job nearly fits, lacking only the sewing skill, with a name no one else has.
  await page.getByRole('menuitem', { name: '单位和岗位' }).click();
  await page.locator('.ant-table-row').filter({ hasText: JOB }).click();
  await page.getByRole('button', { name: '找合适的人' }).click();
  const near = page.getByTestId('match-card').filter({ hasText: '缺少技能：缝纫机操作' });
  await expect(near.first()).toBeVisible();
  const names = await near.locator('.ant-card-head-title span[style*="font-size"]').allTextContents();
  await page.getByRole('menuitem', { name: '求职者' }).click();
  for (const name of names) {
    await page.getByPlaceholder(/姓名/).first().fill(name);
    await expect(page.locator(`[data-results-for="${name}"]`)).toBeVisible();
    if ((await page.getByRole('row').filter({ hasText: name }).count()) === 1) {
      trainee = name;
      break;
    }
  }
  expect(trainee).not.toBe('');
  await openSeekerMatches(page, trainee);
  await expect(page.getByTestId('match-card').filter({ hasText: JOB })).toContainText('缺少技能：缝纫机操作');
  matchesBefore = await matchesCount(page);
  expect(await jobCardIndex(page)).toBeGreaterThanOrEqual(matchesBefore);
});

test('the administrator creates the course from the skills gap, with a day of two half-day sessions', async () => {
  await page.getByRole('menuitem', { name: '技能缺口' }).click();
  await page
    .locator('.ant-table-row')
    .filter({ hasText: '缝纫机操作' })
    .getByRole('button', { name: /开设课程/ })
    .click();
  await expect(page.getByRole('heading', { name: '新建培训课程' })).toBeVisible();
  await expect(page.getByLabel('证书名称（打印在证书上）')).toHaveValue('专项职业能力证书（缝纫机操作）');
  await page.getByLabel('课程名称').fill(COURSE);
  await page.getByLabel('上课地点').fill('幸福村村委会会议室');
  await page.getByLabel('讲师').click();
  await page.getByTitle('李老师').click();
  await page.getByLabel('名额（人）').fill('30');
  await page.getByRole('button', { name: '添加一天（上午和下午）' }).click();
  await expect(page.getByText('共 2 节，8 课时（一课时 45 分钟）')).toBeVisible();
  await page.getByLabel('最少要上的课时').fill('8');
  await shoot(page, 'training-course-form-zh');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('课程已保存。')).toBeVisible();
  await expect(page.getByRole('heading', { name: COURSE })).toBeVisible();
});

test('30 trainees are enrolled from the seekers (found by pinyin); the 31st waits', async () => {
  await page.getByRole('button', { name: '报名学员' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('还剩 30 个名额')).toBeVisible();
  // The near-miss trainee first, found by the pinyin initials of her name.
  await dialog.getByLabel('输入姓名、拼音或首字母查找求职者').fill(initials(trainee));
  await dialog.getByRole('checkbox', { name: trainee, exact: true }).check();
  await dialog.getByLabel('输入姓名、拼音或首字母查找求职者').fill('');
  await expect(dialog.locator('.ant-table-row')).toHaveCount(30);
  // Then a whole page of 30 people; she counts once if she is among them.
  await dialog.locator('.ant-table-thead .ant-checkbox-input').check();
  const label = (await dialog.getByRole('button', { name: /报名选中的 \d+ 人/ }).textContent()) ?? '';
  const chosen = Number(/(\d+)/.exec(label)?.[1]);
  expect([30, 31]).toContain(chosen);
  await shoot(page, 'training-enrol-zh');
  await dialog.getByRole('button', { name: /报名选中的/ }).click();
  await expect(page.getByText(`已报名 30 人，候补 ${chosen - 30} 人。`)).toBeVisible();
  await expect(page.getByText(`在读 30/30 人，候补 ${chosen - 30} 人`)).toBeVisible();
  // She asked first, so she has seat 1.
  await expect(page.locator('.ant-table-row').first()).toContainText(trainee);
});

test('the trainer sees only their course, and marks 30 trainees by keyboard in fewer presses than trainees', async () => {
  await logIn(page, '李老师', '135790');
  await expect(page.getByRole('menuitem', { name: '求职者' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '技能缺口' })).toHaveCount(0);
  await page.getByRole('menuitem', { name: '培训课程' }).click();
  await expect(page.getByRole('button', { name: '新建课程' })).toHaveCount(0);
  await page.getByText(COURSE).click();
  await shoot(page, 'training-trainer-course-zh');
  await page.getByRole('button', { name: /^点名 .*上午/ }).click();
  await expect(page.getByTestId('roll-progress')).toHaveText('已点 0 / 30 人');
  const cards = page.locator('.roll-card');
  await expect(cards).toHaveCount(30);
  // No ID numbers or phones on the trainer's screen.
  await expect(page.locator('.page')).not.toContainText(/\d{6}\*{4,}|1[3-9]\d\*{4}/);

  // The morning by keyboard alone: each key below is counted.
  const keys = countingKeyboard(page);
  await keys.type('3');
  await keys.press('Delete'); // seat 3 absent
  await keys.type('7');
  await keys.press('Space');
  await keys.press('Space'); // seat 7 late
  await keys.type('12');
  await keys.press('Space');
  await keys.press('Space');
  await keys.press('Space');
  await keys.press('Space'); // seat 12 excused
  // Jump by pinyin initials to someone further down whose initials no one else shares.
  const names = (await cards.locator('.roll-name').allTextContents()).map((n) => n.trim());
  const byInitials = names.map(initials);
  const target = names.findIndex((_n, i) => i >= 13 && byInitials.filter((x) => x === byInitials[i]).length === 1);
  expect(target).toBeGreaterThan(0);
  await keys.press('Escape');
  await keys.type(byInitials[target] ?? '');
  await expect(page.locator('.roll-card[aria-current="true"] .roll-name')).toHaveText(names[target] ?? '');
  await keys.press('Enter'); // present
  await keys.press('Shift+Enter'); // everyone else present
  await expect(page.getByTestId('roll-progress')).toHaveText('已点 30 / 30 人');
  await keys.press('Control+s');
  await expect(page.getByText('点名已保存（30 条记录）。')).toBeVisible();
  expect(keys.presses()).toBeLessThan(30);
  await shoot(page, 'training-roll-call-zh');
  await expect(cards.nth(2)).toHaveAttribute('data-mark', 'absent');
  await expect(cards.nth(6)).toHaveAttribute('data-mark', 'late');
  await expect(cards.nth(11)).toHaveAttribute('data-mark', 'excused');
  await expect(page.locator('.roll-card[data-mark="present"]')).toHaveCount(27);

  // The afternoon: everyone present, by keyboard.
  await page.getByRole('button', { name: '返回课程' }).click();
  await page.getByRole('button', { name: /^点名 .*下午/ }).click();
  await expect(page.getByTestId('roll-progress')).toHaveText('已点 0 / 30 人');
  // A tap marks present; Space on the tapped card then moves it on once (late), not twice.
  await cards.first().click();
  await expect(cards.first()).toHaveAttribute('data-mark', 'present');
  await page.keyboard.press('Space');
  await expect(cards.first()).toHaveAttribute('data-mark', 'late');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('点名已保存（30 条记录）。')).toBeVisible();
});

test('later the trainer corrects one mark; the correction needs a reason', async () => {
  await page.getByRole('button', { name: '返回课程' }).click();
  await page.getByRole('button', { name: /^点名 .*上午/ }).click();
  const cards = page.locator('.roll-card');
  await expect(cards.nth(2)).toHaveAttribute('data-mark', 'absent');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page.getByText('有 1 人的点名还没保存')).toBeVisible();
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('1 人的点名和已经保存的不一样');
  await expect(dialog.getByRole('button', { name: '保存点名' })).toBeDisabled();
  await dialog.getByLabel('更正原因').fill('点名时去了卫生间，实际到课');
  await shoot(page, 'training-correction-zh');
  await dialog.getByRole('button', { name: '保存点名' }).click();
  await expect(page.getByText('点名已保存（1 条记录）。')).toBeVisible();
  await expect(cards.nth(2)).toHaveAttribute('data-mark', 'present');
  // The same screen in English.
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Everyone else present' })).toBeVisible();
  await expect(cards.nth(6)).toContainText('Late');
  await shoot(page, 'training-roll-call-en');
  await page.getByText('中文', { exact: true }).click();
  await expect(page.getByRole('button', { name: '其余全部到' })).toBeVisible();
});

test('the trainer prints the sign-in and attendance sheets (A4)', async () => {
  await page.getByRole('button', { name: '返回课程' }).click();
  await page.getByRole('button', { name: '签到表' }).first().click();
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet.getByRole('heading', { name: `${COURSE} 签到表` })).toBeVisible();
  await expect(sheet.locator('tbody tr')).toHaveCount(30);
  await expect(sheet).toContainText('签到方式：当面点名');
  await asPrinted(page);
  await shoot(page, 'training-sign-in-sheet-zh');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回课程' }).click();
  await page.getByRole('tab', { name: '打印' }).click();
  await expect(page.getByRole('button', { name: '花名册' })).toHaveCount(0);
  await page.getByRole('button', { name: '考勤表' }).click();
  await expect(sheet.getByRole('heading', { name: `${COURSE} 考勤表` })).toBeVisible();
  await expect(sheet.locator('tbody tr').nth(6)).toContainText('迟');
  await expect(sheet.locator('tbody tr').nth(11)).toContainText('假');
  await asPrinted(page);
  await shoot(page, 'training-attendance-sheet-zh');
  await page.emulateMedia({ media: 'screen' });
});

test('the audit log shows the roll-call and the correction with its reason', async () => {
  await logIn(page, '王芳', '246810');
  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const correction = page.locator('.ant-table-row').filter({ hasText: '更正点名' });
  await expect(correction).toHaveCount(1);
  await expect(correction).toContainText('李老师');
  await expect(correction).toContainText('点名时去了卫生间，实际到课');
  const rollCalls = page
    .locator('.ant-table-row')
    .filter({ has: page.getByRole('cell', { name: '点名', exact: true }) });
  await expect(rollCalls.first()).toContainText('李老师');
  await expect(rollCalls.first()).toContainText('考勤');
  await shoot(page, 'training-audit-zh');
});

test('completion with a certificate adds the skill, and the sewing job now fits her', async () => {
  // Before: matching offers her the course for the one skill she lacks.
  await openSeekerMatches(page, trainee);
  await expect(page.getByTestId('match-card').filter({ hasText: JOB })).toContainText(`参加“${COURSE}”学会缝纫机操作`);
  await page.getByRole('menuitem', { name: '培训课程' }).click();
  await page.locator('.ant-table-row').getByText(COURSE).click(); // the course list, not the card we came from
  const row = page.locator('.ant-table-row').filter({ hasText: trainee });
  await expect(row).toContainText('100%');
  await expect(row).toContainText('可以申请补贴');
  // Seat 3 was corrected to present; seat 12 was excused in the morning: 50 %, no subsidy.
  await expect(page.locator('.ant-table-row').nth(11)).toContainText('已不能享受补贴');
  await shoot(page, 'training-course-page-zh');
  await row.getByRole('button', { name: `结业 ${trainee}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('证书编号').fill('ZX5226262026-0001');
  await dialog.getByRole('button', { name: '结业' }).click();
  await expect(page.getByText(`${trainee} 已结业，技能和证书已加到求职者资料。`)).toBeVisible();
  await expect(row).toContainText('ZX5226262026-0001');

  // The staff's roster: masked ID numbers and phones.
  await page.getByRole('tab', { name: '打印' }).click();
  await page.getByRole('button', { name: '花名册' }).click();
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet.getByRole('heading', { name: `${COURSE} 学员花名册` })).toBeVisible();
  await expect(sheet.locator('tbody tr')).toHaveCount(30);
  await expect(sheet.locator('tbody tr').first()).toContainText('ZX5226262026-0001');
  await asPrinted(page);
  await shoot(page, 'training-roster-zh');
  await page.emulateMedia({ media: 'screen' });

  await openSeekerMatches(page, trainee);
  const card = page.getByTestId('match-card').filter({ hasText: JOB });
  await expect(card).not.toContainText('缺少技能');
  await expect(card).not.toContainText('差一项技能');
  expect(await matchesCount(page)).toBeGreaterThan(matchesBefore);
  expect(await jobCardIndex(page)).toBeLessThan(await matchesCount(page));
  await shoot(page, 'training-now-matches-zh');
  // And on her record: the skill and the certificate.
  await page
    .getByRole('button', { name: '返回求职者资料' })
    .or(page.getByRole('button', { name: /返回/ }))
    .first()
    .click();
  await expect(page.locator('input[value="ZX5226262026-0001"]')).toBeVisible();
});
