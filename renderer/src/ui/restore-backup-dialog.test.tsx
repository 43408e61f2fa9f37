import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { describe, expect, it } from 'vitest';
import { deriveBackupKey, randomBytes } from '../backup/backup-crypto';
import { sealBackup } from '../backup/backup-file';
import { getDb } from '../db/db';
import { RestoreBackupDialog } from './restore-backup-dialog';
import '../i18n';

const PASSPHRASE = '村口老槐树下的服务站';

async function backupFile(): Promise<File> {
  const key = await deriveBackupKey(PASSPHRASE, randomBytes(16), 1_000);
  const bytes = await sealBackup({ tables: { meta: [] }, secrets: { syncToken: null } }, key, {
    stationId: 'st-1',
    stationName: '石桥村就业服务站',
    createdAt: Date.UTC(2026, 11, 1, 1),
    databaseVersion: 1,
    counts: { seekers: 12, pending: 3 },
    appVersion: 'test',
  });
  return new File([bytes as BlobPart], 'doorstep-manual-2026-12-01-090000.dsbk');
}

function dialog() {
  render(
    <AntApp>
      <RestoreBackupDialog open actor={null} onClose={() => undefined} />
    </AntApp>,
  );
  return screen.getByTestId('backup-file');
}

describe('从备份恢复', () => {
  it('refuses a file that is no backup in Chinese, and asks again for a file', async () => {
    const input = dialog();
    fireEvent.change(input, { target: { files: [new File(['{"mutations":[]}'], 'doorstep-sync.json')] } });
    expect(
      await screen.findByText('这个文件不是服务站的备份文件（备份文件以 .dsbk 结尾）。这台电脑上的资料没有改动。'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '选择备份文件' })).toBeTruthy();
  });

  it('names the backup, refuses a wrong passphrase, and with the right one shows what it holds before restoring', async () => {
    const before = await getDb().meta.count();
    fireEvent.change(dialog(), { target: { files: [await backupFile()] } });
    expect(await screen.findByText(/^这个备份来自：石桥村就业服务站，制作于 2026-12-01 \d\d:00$/)).toBeTruthy();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('备份密码'), '村口老槐树下的服务点');
    await user.click(screen.getByRole('button', { name: '打开备份' }));
    expect(
      await screen.findByText('备份密码不对，请再试一次（注意空格和大小写）。这台电脑上的资料没有改动。'),
    ).toBeTruthy();
    await user.clear(screen.getByLabelText('备份密码'));
    // Enter in the field opens it, as the button does
    await user.type(screen.getByLabelText('备份密码'), `${PASSPHRASE}{Enter}`);
    expect(await screen.findByText('求职者 12 人')).toBeTruthy();
    expect(screen.getByText('还没上传到县里的修改 3 条')).toBeTruthy();
    expect(screen.getByText('这台电脑上还没有资料。恢复后，用备份里的账号和密码登录。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '确认恢复' })).toBeTruthy();
    // nothing was written while looking
    expect(await getDb().meta.count()).toBe(before);
  });
});
