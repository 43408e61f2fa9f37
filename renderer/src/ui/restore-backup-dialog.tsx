import { Alert, App as AntApp, Button, Input, Modal, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '#shared/result';
import type { BackupHeader } from '../backup/backup-format';
import { openBackup, readBackupHeader, type OpenedBackup } from '../backup/backup-file';
import { restoreFromBackup } from '../backup/restore-from-file';
import { readCurrentHoldings } from '../db/backup-queries';
import type { Actor } from '../db/commands/command';
import { appEnv } from '../db/commands/env';
import { getPlatform } from '../platform/platform';
import { BackupHoldings } from './backup-holdings';
import { errorText } from './forms';

type Current = Awaited<ReturnType<typeof readCurrentHoldings>>;
type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'passphrase'; readonly bytes: Uint8Array; readonly header: BackupHeader }
  | { readonly kind: 'confirm'; readonly opened: OpenedBackup; readonly current: Current }
  | { readonly kind: 'restoring' };

const when = (ms: number) => dayjs(ms).format('YYYY-MM-DD HH:mm');

/**
 * 从备份恢复: choose a file, type its passphrase, see what it holds and what this PC holds now, confirm. Every
 * refusal (not a backup, cut short, damaged, wrong passphrase, newer) is shown in Chinese and changes nothing.
 * After a restore the app starts again, so every screen reads the restored database.
 */
export function RestoreBackupDialog(props: {
  readonly open: boolean;
  readonly actor: Actor | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [problem, setProblem] = useState<AppError | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);

  const close = () => {
    setStep({ kind: 'choose' });
    setProblem(null);
    setPassphrase('');
    props.onClose();
  };

  const chosen = async (file: File | undefined) => {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const header = readBackupHeader(bytes);
    if (!header.ok) {
      setProblem(header.error);
      setStep({ kind: 'choose' });
      return;
    }
    setProblem(null);
    setStep({ kind: 'passphrase', bytes, header: header.value });
  };

  const open = async () => {
    if (step.kind !== 'passphrase') return;
    setBusy(true);
    try {
      const opened = await openBackup(step.bytes, passphrase);
      if (!opened.ok) return setProblem(opened.error);
      setProblem(null);
      setStep({ kind: 'confirm', opened: opened.value, current: await readCurrentHoldings() });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (step.kind !== 'confirm') return;
    const { opened } = step;
    setStep({ kind: 'restoring' });
    const restored = await restoreFromBackup(appEnv(), getPlatform(), props.actor, opened);
    if (!restored.ok) {
      setProblem(restored.error);
      setStep({ kind: 'choose' });
      return;
    }
    // The app starts again at once: every screen, the session and the sync controller read the restored database.
    void message.success(t('backup.restored'));
    window.location.reload();
  };

  const from = (header: BackupHeader) =>
    t('backup.fileFrom', { station: header.stationName ?? t('backup.unknownStation'), when: when(header.createdAt) });

  return (
    <Modal
      open={props.open}
      title={t('backup.restoreTitle')}
      onCancel={step.kind === 'restoring' ? undefined : close}
      closable={step.kind !== 'restoring'}
      maskClosable={false}
      footer={null}
      width={640}
      destroyOnHidden
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {step.kind === 'choose' && (
          <>
            <Typography.Paragraph>{t('backup.restoreIntro')}</Typography.Paragraph>
            <input
              ref={input}
              type="file"
              accept=".dsbk"
              hidden
              data-testid="backup-file"
              onChange={(e) => void chosen(e.target.files?.[0])}
            />
            <Button size="large" type="primary" onClick={() => input.current?.click()}>
              {t('backup.chooseFile')}
            </Button>
          </>
        )}
        {step.kind === 'passphrase' && (
          <>
            <Alert type="info" showIcon title={from(step.header)} />
            <Typography.Text strong>{t('backup.passphraseLabel')}</Typography.Text>
            <Input.Password
              size="large"
              autoFocus
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              onPressEnter={() => void open()}
              aria-label={t('backup.passphraseLabel')}
            />
            <Button size="large" type="primary" loading={busy} onClick={() => void open()} disabled={!passphrase}>
              {busy ? t('backup.opening') : t('backup.open')}
            </Button>
          </>
        )}
        {problem && <Alert type="error" showIcon title={errorText(t, problem.code, problem.params)} />}
        {step.kind === 'confirm' && (
          <ConfirmRestore
            step={step}
            from={from(step.opened.header)}
            onConfirm={() => void restore()}
            onCancel={close}
          />
        )}
        {step.kind === 'restoring' && (
          <Spin size="large" tip={t('backup.restoring')}>
            <div style={{ height: 80 }} />
          </Spin>
        )}
      </Space>
    </Modal>
  );
}

function ConfirmRestore(props: {
  readonly step: Extract<Step, { kind: 'confirm' }>;
  readonly from: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { opened, current } = props.step;
  const empty = !current.stationId;
  const otherStation = current.stationId && current.stationId !== opened.header.stationId;
  return (
    <>
      <Alert type="info" showIcon title={props.from} />
      <div className="backup-compare">
        <BackupHoldings title={t('backup.holds')} counts={opened.header.counts} />
        {!empty && <BackupHoldings title={t('backup.current')} counts={current.counts} />}
      </div>
      {empty ? (
        <Alert type="success" showIcon title={t('backup.emptyHere')} />
      ) : (
        <Alert type="warning" showIcon title={t('backup.replaceWarning')} />
      )}
      {otherStation && (
        <Alert
          type="warning"
          showIcon
          title={t('backup.otherStation', {
            station: opened.header.stationName ?? t('backup.unknownStation'),
            current: current.stationName ?? t('backup.unknownStation'),
          })}
        />
      )}
      <Space>
        <Button size="large" danger type="primary" onClick={props.onConfirm}>
          {t('backup.confirm')}
        </Button>
        <Button size="large" onClick={props.onCancel}>
          {t('common.cancel')}
        </Button>
      </Space>
    </>
  );
}
