import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDemoCounty, onFreshStation, shoot, watchForProblems } from './helpers';

/**
 * A station PC's backup, in the browser edition: the administrator sets the passphrase, backs up (a download),
 * and a fresh PC is restored from the file — a wrong passphrase refused with a message, then the right one — with
 * every record back and the same staff able to log in.
 */
let page: Page;
onFreshStation((p) => (page = p), { width: 1366, height: 900 });

const PASSPHRASE = '村口老槐树下的服务站';
let file = '';

async function openRestore(p: Page, button: string) {
  await p.getByRole('button', { name: button }).click();
  const dialog = p.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByTestId('backup-file').setInputFiles(file);
  await expect(dialog.getByText(/^这个备份来自：幸福村就业服务站，制作于/)).toBeVisible();
  return dialog;
}

async function typePassphrase(dialog: ReturnType<Page['getByRole']>, passphrase: string) {
  await dialog.getByLabel('备份密码').fill(passphrase);
  await dialog.getByRole('button', { name: '打开备份' }).click();
}

test('the administrator sets the backup passphrase (a short one is refused) and downloads a backup', async () => {
  await loadDemoCounty(page);
  // the card says the demo is loaded as it starts: the backup is made once all of it is in
  await expect(page.getByRole('button', { name: '正在载入…' })).toHaveCount(0, { timeout: 120_000 });
  const card = page.getByTestId('backup-card');
  await expect(card.getByText('还没有设置备份密码。先设置密码，才能备份。')).toBeVisible();
  await card.getByLabel('备份密码', { exact: true }).fill('太短了');
  await card.getByLabel('再输一次').fill('太短了');
  await card.getByRole('button', { name: '设置备份密码' }).click();
  await expect(card.getByText('备份密码至少要 10 个字。')).toBeVisible();
  await card.getByLabel('备份密码', { exact: true }).fill(PASSPHRASE);
  await card.getByLabel('再输一次').fill(PASSPHRASE);
  await card.getByRole('button', { name: '设置备份密码' }).click();
  await expect(card.getByText(/^备份密码已设置（王芳，/)).toBeVisible({ timeout: 30_000 });
  await expect(card.getByText('浏览器版不能自动备份。请定期点“立即备份”，把下载的文件存到 U 盘。')).toBeVisible();

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '立即备份' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^doorstep-manual-\d{4}-\d{2}-\d{2}-\d{6}\.dsbk$/);
  file = join(mkdtempSync(join(tmpdir(), 'doorstep-backup-')), saved.suggestedFilename());
  await saved.saveAs(file);
  await expect(card.getByText('备份文件已下载。请把它复制到 U 盘，放在安全的地方。')).toBeVisible();
  await expect(card.getByText(/^上次备份：.*（手动）$/)).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shoot(page, 'backup-card-zh', false);
});

test('restoring over this PC says what it will replace before anything is changed', async () => {
  const dialog = await openRestore(page, '从备份恢复');
  await typePassphrase(dialog, PASSPHRASE);
  await expect(dialog.getByText('这台电脑上现在有：')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('求职者 300 人')).toHaveCount(2);
  await expect(dialog.getByText('岗位 6 个')).toHaveCount(2);
  await expect(dialog.getByText(/^恢复后，这台电脑上现在的资料会全部换成备份里的资料/)).toBeVisible();
  await shoot(page, 'backup-restore-replace-zh', false);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
});

test('a fresh PC refuses a wrong passphrase, then restores with the right one: records and staff are back', async ({
  browser,
}) => {
  const fresh = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
  const problems = watchForProblems(fresh);
  await fresh.goto('/');
  await expect(fresh.getByLabel('服务站名称')).toBeVisible();
  const dialog = await openRestore(fresh, '换了新电脑？从备份恢复');
  await typePassphrase(dialog, '村口老槐树下的服务点');
  await expect(
    dialog.getByText('备份密码不对，请再试一次（注意空格和大小写）。这台电脑上的资料没有改动。'),
  ).toBeVisible({ timeout: 30_000 });
  await typePassphrase(dialog, PASSPHRASE);
  await expect(dialog.getByText('这台电脑上还没有资料。恢复后，用备份里的账号和密码登录。')).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.getByText('求职者 300 人')).toBeVisible();
  await shoot(fresh, 'backup-restore-confirm-zh', false);
  const restarted = fresh.waitForEvent('load');
  await dialog.getByRole('button', { name: '确认恢复' }).click();
  await restarted;
  // the app starts again on the restored station: its staff log in with their own PINs
  await fresh.getByRole('button', { name: '王芳' }).click({ timeout: 60_000 });
  await fresh.getByLabel('登录密码', { exact: true }).fill('246810');
  await fresh.getByRole('button', { name: '登录', exact: true }).click();
  await expect(fresh.getByRole('heading', { name: '您好，王芳' })).toBeVisible();
  await fresh.getByRole('menuitem', { name: '求职者' }).click();
  await expect(fresh.getByText('共 300 人')).toBeVisible();
  await fresh.getByRole('menuitem', { name: '操作日志' }).click();
  await expect(fresh.getByText('从备份恢复').first()).toBeVisible();
  expect(problems).toEqual([]);
  await fresh.context().close();
});
