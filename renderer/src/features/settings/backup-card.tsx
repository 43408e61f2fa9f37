import { Alert, App as AntApp, Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupSaved, BackupStatus } from '#shared/ipc/contract';
import { backupNow } from '../../backup/make-backup';
import { useBackupState } from '../../db/backup-queries';
import type { Actor } from '../../db/commands/command';
import { appEnv } from '../../db/commands/env';
import { getPlatform } from '../../platform/platform';
import { errorText } from '../../ui/forms';
import { RestoreBackupDialog } from '../../ui/restore-backup-dialog';
import { PassphraseForm } from './passphrase-form';

const when = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');

/**
 * 设置 → 数据备份: the passphrase, 立即备份, where automatic backups go (desktop) and their copy folder, and
 * 从备份恢复.
 */
export function BackupCard({ actor }: { readonly actor: Actor }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const state = useBackupState();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const [working, setWorking] = useState(false);
  const [saved, setSaved] = useState<BackupSaved | null>(null);
  const [restoring, setRestoring] = useState(false);

  useEffect(() => {
    void getPlatform()
      .backupStatus({})
      .then((answer) => answer.ok && setStatus(answer.value));
  }, [saved]);

  const hasPassphrase = Boolean(state?.passphrase);

  const makeBackup = async () => {
    setWorking(true);
    setSaved(null);
    try {
      const result = await backupNow(appEnv(), getPlatform(), actor);
      if (result.ok) setSaved(result.value);
      else void message.error(errorText(t, result.error.code, result.error.params));
    } finally {
      setWorking(false);
    }
  };

  const chooseFolder = async (clear: boolean) => {
    const answer = await getPlatform().backupChooseCopyFolder({ clear });
    if (answer.ok && status) setStatus({ ...status, copyFolder: answer.value.copyFolder });
  };

  return (
    <Card title={t('backup.title')} style={{ maxWidth: 640, marginTop: 16 }} loading={!state} data-testid="backup-card">
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('backup.intro')}</Typography.Paragraph>
        {state?.passphrase ? (
          <Alert
            type="success"
            showIcon
            title={t('backup.passphraseSet', { who: state.passphrase.setBy, when: when(state.passphrase.setAt) })}
          />
        ) : (
          <Alert type="warning" showIcon title={t('backup.passphraseMissing')} />
        )}
        {!hasPassphrase || editing ? (
          <PassphraseForm actor={actor} changing={hasPassphrase} onDone={() => setEditing(false)} />
        ) : (
          <Space wrap>
            <Button type="primary" size="large" loading={working} onClick={() => void makeBackup()}>
              {working ? t('backup.backingUp') : t('backup.backupNow')}
            </Button>
            <Button size="large" onClick={() => setEditing(true)}>
              {t('backup.changePassphrase')}
            </Button>
          </Space>
        )}
        {saved && <SavedNote saved={saved} copyFolder={status?.copyFolder ?? null} />}
        <Typography.Text type="secondary">
          {state?.last
            ? t('backup.last', { when: when(state.last.at), kind: t(`backup.kind.${state.last.kind}`) })
            : t('backup.lastNever')}
        </Typography.Text>
        {status?.automatic ? (
          <>
            <Typography.Text>
              {hasPassphrase
                ? t('backup.automatic', { days: status.keptDays, folder: status.folder ?? '' })
                : t('backup.automaticNeedsPassphrase')}
            </Typography.Text>
            <Space wrap>
              <Typography.Text>
                {status.copyFolder ? t('backup.copyFolder', { folder: status.copyFolder }) : t('backup.copyFolderNone')}
              </Typography.Text>
              <Button onClick={() => void chooseFolder(false)}>{t('backup.chooseFolder')}</Button>
              {status.copyFolder && <Button onClick={() => void chooseFolder(true)}>{t('backup.clearFolder')}</Button>}
            </Space>
          </>
        ) : (
          status && <Typography.Text type="secondary">{t('backup.automaticBrowser')}</Typography.Text>
        )}
        <Button size="large" danger onClick={() => setRestoring(true)}>
          {t('backup.restore')}
        </Button>
      </Space>
      <RestoreBackupDialog open={restoring} actor={actor} onClose={() => setRestoring(false)} />
    </Card>
  );
}

function SavedNote({ saved, copyFolder }: { readonly saved: BackupSaved; readonly copyFolder: string | null }) {
  const { t } = useTranslation();
  if (!saved.path) return <Alert type="success" showIcon title={t('backup.downloaded')} />;
  return (
    <Alert
      type={saved.copyFailed ? 'warning' : 'success'}
      showIcon
      title={t('backup.savedAt', { path: saved.path })}
      description={
        saved.copyPath
          ? t('backup.copiedTo', { path: saved.copyPath })
          : saved.copyFailed
            ? t('backup.copyFailed', { folder: copyFolder ?? '' })
            : undefined
      }
    />
  );
}
