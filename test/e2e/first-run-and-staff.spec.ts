import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { pressUntil, SHOTS, watchForProblems } from './helpers';

/**
 * A new station, as its first user meets it: set up → log in → work → idle lock → unlock → language →
 * a trainer's narrower view → five wrong PINs. One browser profile, in order, like one shared PC.
 */
test.describe.configure({ mode: 'serial' });

let page: Page;
let problems: string[];

test.beforeAll(async ({ browser }) => {
  mkdirSync(SHOTS, { recursive: true });
  page = await (await browser.newContext()).newPage();
  problems = watchForProblems(page);
  // Fake timers that still run in real time, so the test can jump past the idle limit and the lockout.
  await page.clock.install();
  await page.goto('/');
});

test.afterAll(async () => {
  expect(problems).toEqual([]);
  await page.context().close();
});

/** Lets toasts run out (the page's timers are fake) so screenshots show the screen itself. */
async function shoot(name: string) {
  await page.clock.runFor(5_000);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function logIn(name: string, pin: string) {
  await page.getByRole('button', { name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('first run refuses bad input with clear Chinese messages, then creates the station and the admin', async () => {
  await expect(page.getByText('第一次使用：建立服务站')).toBeVisible();
  await page.getByRole('button', { name: '建立服务站' }).click();
  await expect(page.getByText('请填写名称或姓名。')).toHaveCount(2);

  await page.getByLabel('服务站名称').fill('幸福村就业服务站');
  await page.getByLabel('行政区划代码').fill('12345');
  await page.getByLabel('姓名').fill('王芳');
  await page.getByLabel('登录密码（6 到 12 位数字）').fill('123');
  await page.getByLabel('再输入一次登录密码').fill('124');
  await page.getByRole('button', { name: '建立服务站' }).click();
  await expect(page.getByText('行政区划代码应是 6 位、9 位或 12 位数字。')).toBeVisible();
  await expect(page.getByText('密码至少 6 位数字。')).toBeVisible();
  await expect(page.getByText('两次输入的密码不一样。')).toBeVisible();

  await page.getByLabel('行政区划代码').fill('992626');
  await expect(page.getByText('开头两位不是有效的省级代码。')).toBeVisible();

  await page.getByLabel('行政区划代码').fill('522626101203');
  await page.getByLabel('登录密码（6 到 12 位数字）').fill('246810');
  await page.getByLabel('再输入一次登录密码').fill('246810');
  await page.getByRole('button', { name: '建立服务站' }).click();

  await expect(page.getByText('请选择您的名字')).toBeVisible();
  await expect(page.getByText('幸福村就业服务站')).toBeVisible();
});

test('the admin logs in, sees the home screen, logs out and in again', async () => {
  await logIn('王芳', '246810');
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '人员管理' })).toBeVisible();
  await expect(page.getByText('522626101203')).toBeVisible();
  await shoot('home-zh');

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page.getByText('请选择您的名字')).toBeVisible();
  await logIn('王芳', '246810');
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
});

test('the admin adds a trainer; a bad entry is refused under the field', async () => {
  await page.getByRole('menuitem', { name: '人员管理' }).click();
  await page.getByRole('button', { name: '添加工作人员' }).click();
  const dialog = page.getByRole('dialog');
  // The dialog has just opened: on a busy machine its first click can be lost while it animates in.
  await pressUntil(dialog.getByRole('button', { name: '保存' }), dialog.getByText('请填写名称或姓名。'));
  await dialog.getByLabel('姓名').fill('李老师');
  await dialog.getByLabel('角色').click();
  await page.getByTitle('培训讲师').click();
  await dialog.getByLabel('登录密码（6 到 12 位数字）').fill('135790');
  await dialog.getByLabel('再输入一次登录密码').fill('135790');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已添加 李老师。')).toBeVisible();
  await expect(page.getByRole('cell', { name: '李老师' })).toBeVisible();
  await shoot('staff-zh');
});

test('the screen locks itself after 5 idle minutes (the default) and the PIN unlocks it', async () => {
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.clock.runFor('04:00');
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
  await page.clock.runFor('01:30');
  await expect(page.getByText('屏幕已锁定')).toBeVisible();
  await expect(page.getByText('长时间没有操作，屏幕已自动锁定。')).toBeVisible();
  await page.getByLabel('登录密码', { exact: true }).fill('000000');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('密码不对，还可以再试 4 次。')).toBeVisible();
  await page.getByLabel('登录密码', { exact: true }).fill('246810');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
  // The lock button locks at once.
  await page.getByRole('button', { name: '锁定屏幕' }).click();
  await expect(page.getByText('屏幕已锁定')).toBeVisible();
  await page.getByLabel('登录密码', { exact: true }).fill('246810');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
});

test('an admin changes the idle time; the screen then stays open past 5 minutes', async () => {
  await page.getByRole('menuitem', { name: '设置' }).click();
  const minutes = page.getByLabel('无人操作多少分钟后自动锁屏');
  await expect(minutes).toHaveValue('5');
  await minutes.fill('10');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('设置已保存：无人操作 10 分钟后锁屏。')).toBeVisible();
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.clock.runFor('06:00');
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
  await expect(page.getByText('屏幕已锁定')).toHaveCount(0);
  await page.clock.runFor('04:30');
  await expect(page.getByText('屏幕已锁定')).toBeVisible();
  await page.getByLabel('登录密码', { exact: true }).fill('246810');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
});

test('a trainer sees only the trainer screens', async () => {
  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn('李老师', '135790');
  await expect(page.getByRole('heading', { name: '您好，李老师' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '首页' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '人员管理' })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '操作日志' })).toHaveCount(0);
  // Typing the address of an admin screen leads back home: no screen outside the role opens.
  await page.evaluate(() => {
    window.location.hash = '#/staff';
  });
  await expect(page.getByRole('heading', { name: '您好，李老师' })).toBeVisible();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('button', { name: '添加工作人员' })).toHaveCount(0);
  await page.getByRole('button', { name: '退出登录' }).click();
});

test("five wrong PINs lock the account with a clear message; an admin's PIN reset opens it again", async () => {
  await page.getByRole('button', { name: '李老师' }).click();
  const pin = page.getByLabel('登录密码', { exact: true });
  for (const left of [4, 3, 2, 1]) {
    await pin.fill('111111');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByText(`密码不对，还可以再试 ${left} 次。`)).toBeVisible();
  }
  await pin.fill('111111');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const lockedAlert = page.getByRole('alert').filter({ hasText: '输错次数太多，这个账户已锁定。请在 5 分 0 秒后再试' });
  await expect(lockedAlert).toBeVisible();
  await shoot('lockout-zh');

  // The right PIN does not open a locked account: it is refused (the field is cleared) and the lock stays.
  await pin.fill('135790');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(pin).toHaveValue('');
  await expect(page.getByRole('alert').filter({ hasText: /请在 (5 分 0|4 分 5\d) 秒后再试/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '您好，李老师' })).toHaveCount(0);

  // The admin sees the lock and sets a new PIN; the trainer is in again.
  await page.getByRole('button', { name: '换人登录' }).click();
  await logIn('王芳', '246810');
  await page.getByRole('menuitem', { name: '人员管理' }).click();
  const row = page.getByRole('row').filter({ hasText: '李老师' });
  await expect(row.getByText(/已锁定到/)).toBeVisible();
  await row.getByRole('button', { name: '重设密码' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('登录密码（6 到 12 位数字）').fill('975310');
  await dialog.getByLabel('再输入一次登录密码').fill('975310');
  // saved until it says so: on a busy machine the first press can land while the dialog still opens
  await pressUntil(dialog.getByRole('button', { name: '保存' }), page.getByText('李老师 的密码已重设。'));
  await expect(row.getByText(/已锁定到/)).toHaveCount(0);

  await page.getByRole('menuitem', { name: '操作日志' }).click();
  await expect(page.getByRole('cell', { name: '密码输错' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '重设密码' }).first()).toBeVisible();
  await shoot('audit-zh');

  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn('李老师', '975310');
  await expect(page.getByRole('heading', { name: '您好，李老师' })).toBeVisible();
});

test('English, remembered after a restart, and back to Chinese', async () => {
  await page.getByRole('button', { name: '退出登录' }).click();
  await logIn('王芳', '246810');
  await page.getByText('English', { exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Hello, 王芳' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Staff' })).toBeVisible();
  await shoot('home-en');
  await page.getByRole('menuitem', { name: 'Staff' }).click();
  await expect(page.getByRole('button', { name: 'Add staff member' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Role' })).toBeVisible();
  await expect(page.getByText('Trainer', { exact: true })).toBeVisible();
  await page.getByRole('menuitem', { name: 'Audit log' }).click();
  await expect(page.getByRole('cell', { name: 'Reset PIN' }).first()).toBeVisible();
  await page.getByRole('menuitem', { name: 'Settings' }).click();
  await expect(page.getByText('Lock the screen after this many idle minutes')).toBeVisible();
  await page.getByRole('button', { name: 'Lock screen' }).click();
  await expect(page.getByText('Screen locked')).toBeVisible();
  await page.getByLabel('PIN', { exact: true }).fill('246810');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Choose your name')).toBeVisible();
  await page.getByText('中文', { exact: true }).first().click();
  await expect(page.getByText('请选择您的名字')).toBeVisible();
});
