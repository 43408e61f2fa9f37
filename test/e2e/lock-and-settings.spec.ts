import { expect, test, type Page } from '@playwright/test';
import { onFreshStation, SHOTS, settle } from './helpers';

/**
 * The shared PC through a working day, at 1366×768: the idle-lock setting refuses what it cannot use and shows
 * what it saved; a half-filled form survives the lock for the person who locked it, and is cleared, with a
 * notice, when someone else logs in.
 */
let page: Page;
onFreshStation((p) => (page = p), { width: 1366, height: 768 });

async function unlockWith(pin: string) {
  await page.getByLabel('登录密码', { exact: true }).fill(pin);
  await page.getByRole('button', { name: '解锁' }).click();
}

async function logInAs(name: string, pin: string) {
  await page.getByRole('button', { name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

test('设置: 0 and 61 are refused with a message and left as typed; the saved value is the one shown', async () => {
  await page.getByRole('menuitem', { name: '设置' }).click();
  const minutes = page.getByLabel('无人操作多少分钟后自动锁屏');
  await expect(minutes).toHaveValue('5');
  for (const wrong of ['0', '61']) {
    await minutes.fill(wrong);
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('请填写 1 到 60 之间的整数。')).toBeVisible();
    await expect(minutes).toHaveValue(wrong);
  }
  await page.screenshot({ path: `${SHOTS}/settings-refused-zh.png` });
  await minutes.fill('12');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('设置已保存：无人操作 12 分钟后锁屏。')).toBeVisible();
  await expect(minutes).toHaveValue('12');
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.getByRole('menuitem', { name: '设置' }).click();
  await expect(page.getByLabel('无人操作多少分钟后自动锁屏')).toHaveValue('12');
});

test('a second member of staff is added', async () => {
  await page.getByRole('menuitem', { name: '人员管理' }).click();
  await page.getByRole('button', { name: '添加工作人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名', { exact: true }).fill('李明');
  await dialog.getByLabel('登录密码（6 到 12 位数字）').fill('135790');
  await dialog.getByLabel('再输入一次登录密码').fill('135790');
  await expect(async () => {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '保存' }).click({ timeout: 2_000 });
    await expect(page.getByText('已添加 李明。')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
});

test('the same person unlocking finds the half-filled form as it was, also after choosing their own name', async () => {
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill('赵春花');
  await page.getByLabel('手机或电话').fill('13800001234');
  await page.getByRole('button', { name: '锁定屏幕' }).click();
  await expect(page.getByText('屏幕已锁定')).toBeVisible();
  // Nothing of the form shows behind the lock.
  await expect(page.getByText('赵春花')).toHaveCount(0);
  await expect(page.getByLabel('姓名', { exact: true })).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/lock-kept-zh.png` });
  await unlockWith('246810');
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('赵春花');
  await expect(page.getByLabel('手机或电话')).toHaveValue('13800001234');

  await page.getByRole('button', { name: '锁定屏幕' }).click();
  await page.getByRole('button', { name: '换人登录' }).click();
  await logInAs('王芳', '246810');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('赵春花');
});

test('someone else logging in at the lock screen gets fresh screens and is told what was cleared', async () => {
  await page.getByRole('button', { name: '锁定屏幕' }).click();
  await page.getByRole('button', { name: '换人登录' }).click();
  await logInAs('李明', '135790');
  await expect(page.getByText('王芳 锁屏前还没保存的填写内容已经清除')).toBeVisible();
  await expect(page.locator('.app-user')).toContainText('李明');
  await expect(page.getByLabel('姓名', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/lock-discarded-zh.png` });
  await page.getByRole('menuitem', { name: '求职者' }).click();
  await page.getByRole('button', { name: '登记求职者' }).click();
  await expect(page.getByRole('heading', { name: '登记求职者' })).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('');
  await settle(page);
});
