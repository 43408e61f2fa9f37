import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Progress,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appEnv } from '../../db/commands/env';
import {
  useClockCorrection,
  useDemoLoaded,
  useHeldCount,
  usePendingCount,
  useRejectedChanges,
  useSyncServer,
} from '../../db/queries';
import { getPlatform } from '../../platform/platform';
import { useSession } from '../../state/session-store';
import { enrollStation, exportPendingBundle } from '../../sync/account';
import { skewTooLarge, useSyncStatus } from '../../sync/controller';
import { getSyncController } from '../../sync/runtime';
import { DuplicateNoticesCard } from '../../ui/duplicate-notices';
import { errorText } from '../../ui/forms';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';
import { aheadText, failureText, when } from './sync-texts';

/** Sync status anyone can read, "sync now", enrolment (admins) and the USB-stick export. */
export function SyncPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const status = useSyncStatus();
  const pending = usePendingCount();
  const rejected = useRejectedChanges();
  const held = useHeldCount();
  const correction = useClockCorrection();
  const server = useSyncServer();
  const demoDay = useDemoLoaded();
  const [form] = Form.useForm<{ server: string; code: string }>();
  const [enrolling, setEnrolling] = useState(false);
  const [editing, setEditing] = useState(false);
  const [exporting, setExporting] = useState(false);
  if (!user) return null;

  const syncNow = async () => {
    const report = await getSyncController().syncNow();
    if (report) void message.success(t('sync.done', { pushed: report.pushed, pulled: report.pulled }));
  };

  const enroll = async (values: { server: string; code: string; allowPlainHttp?: boolean }) => {
    setEnrolling(true);
    try {
      const result = await enrollStation(appEnv(), getPlatform(), user, values);
      if (!result.ok && result.error.code === 'sync.plainHttp') {
        // Not encrypted: the person decides, having read why it matters.
        modal.confirm({
          title: t('sync.plainHttpTitle'),
          content: errorText(t, 'sync.plainHttp'),
          okText: t('sync.plainHttpOk'),
          okButtonProps: { danger: true },
          onOk: () => enroll({ ...values, allowPlainHttp: true }),
        });
        return;
      }
      if (result.ok) {
        void message.success(t('sync.enrollDone'));
        setEditing(false);
        form.resetFields();
        void getSyncController().syncNow();
      } else {
        form.setFields([
          {
            name:
              result.error.code === 'sync.badServer' || result.error.code === 'sync.unreachable' ? 'server' : 'code',
            errors: [errorText(t, result.error.code)],
          },
        ]);
      }
    } finally {
      setEnrolling(false);
    }
  };

  const exportBundle = async () => {
    setExporting(true);
    try {
      const result = await exportPendingBundle(appEnv(), getPlatform(), user);
      if (result.ok)
        void message.success(
          t(result.value.signed ? 'sync.usbDone' : 'sync.usbUnsigned', { count: result.value.count }),
          result.value.signed ? undefined : 10,
        );
      else void message.error(errorText(t, result.error.code));
    } finally {
      setExporting(false);
    }
  };

  const progress = status.progress;
  const percent =
    progress && progress.phase === 'pushing' && progress.total > 0
      ? Math.round((progress.done / progress.total) * 100)
      : null;
  const enrolled = Boolean(server) && status.configured;

  return (
    <div className="page">
      <Typography.Title level={2}>{t('sync.title')}</Typography.Title>
      {demoDay && (
        <Alert
          type="info"
          showIcon
          title={errorText(t, 'sync.demoLoaded')}
          style={{ maxWidth: 760, marginBottom: 16 }}
        />
      )}
      <Card title={t('sync.status')} style={{ maxWidth: 760 }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div>
            {!server ? (
              <Tag color="default" style={{ fontSize: 16, padding: '4px 12px' }}>
                {t('sync.notEnrolled')}
              </Tag>
            ) : status.online && !status.lastError ? (
              <Tag color="success" style={{ fontSize: 16, padding: '4px 12px' }}>
                {t('sync.online')}
              </Tag>
            ) : (
              <Tag color="warning" style={{ fontSize: 16, padding: '4px 12px' }}>
                {t('sync.offline')}
              </Tag>
            )}
          </div>
          <Descriptions column={1} size="middle" labelStyle={{ width: 180 }}>
            <Descriptions.Item label={t('sync.pending')}>
              <span data-testid="sync-pending">
                {pending === undefined ? t('common.loading') : t('sync.pendingValue', { count: pending })}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('sync.rejected')}>
              {t('sync.pendingValue', { count: rejected.length })}
            </Descriptions.Item>
            {held > 0 && (
              <Descriptions.Item label={t('sync.held')}>
                <span data-testid="sync-held">{t('sync.pendingValue', { count: held })}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('sync.lastSuccess')}>
              <span data-testid="sync-last-success">{when(status.lastSuccessAt) ?? t('sync.never')}</span>
            </Descriptions.Item>
            {status.lastError && (
              <Descriptions.Item label={t('sync.lastError')}>
                <Typography.Text type="danger" data-testid="sync-last-error">
                  {failureText(t, status.lastError)} （{when(status.lastError.at)}）
                </Typography.Text>
              </Descriptions.Item>
            )}
            {status.nextTryAt !== null && server && !status.running && (
              <Descriptions.Item label={t('sync.nextTry')}>{when(status.nextTryAt)}</Descriptions.Item>
            )}
          </Descriptions>
          {skewTooLarge(status.skewMs) && (
            <Alert
              type="warning"
              showIcon
              message={t('sync.skew', { minutes: Math.round(Math.abs(status.skewMs ?? 0) / 60_000) })}
            />
          )}
          {held > 0 && <Alert type="warning" showIcon message={t('sync.heldHelp', { count: held })} />}
          {correction && (
            <Alert
              type="warning"
              showIcon
              data-testid="sync-clock-corrected"
              message={t('sync.clockCorrected', {
                ahead: aheadText(t, correction.aheadMs),
                when: when(correction.at),
                count: correction.restamped,
              })}
            />
          )}
          {status.running && (
            <div data-testid="sync-progress">
              <Typography.Text>
                {progress
                  ? t(`sync.phase.${progress.phase}`, { done: progress.done, total: progress.total })
                  : t('sync.syncing')}
              </Typography.Text>
              <Progress percent={percent ?? 100} status="active" showInfo={percent !== null} />
            </div>
          )}
          <Button
            type="primary"
            size="large"
            onClick={() => void syncNow()}
            loading={status.running}
            disabled={!enrolled}
          >
            {status.running ? t('sync.syncing') : t('sync.syncNow')}
          </Button>
          <Typography.Text type="secondary">{t('sync.keepWorking')}</Typography.Text>
        </Space>
      </Card>

      <Card title={t('sync.connection')} style={{ maxWidth: 760, marginTop: 16 }}>
        {server && !editing ? (
          <Space direction="vertical">
            <Typography.Text strong>{t('sync.enrolled', { server })}</Typography.Text>
            {user.admin && <Button onClick={() => setEditing(true)}>{t('sync.reEnroll')}</Button>}
          </Space>
        ) : user.admin ? (
          <Form
            form={form}
            layout="vertical"
            size="large"
            onFinish={(v) => void enroll(v)}
            initialValues={{ server: server ?? '' }}
          >
            <Form.Item
              name="server"
              label={t('sync.server')}
              extra={t('sync.serverHelp')}
              rules={[{ required: true, message: t('errors.sync.badServer') }]}
            >
              <Input placeholder="192.168.1.10:8787" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="code"
              label={t('sync.code')}
              extra={t('sync.codeHelp')}
              rules={[{ required: true, message: t('errors.enroll.badCode') }]}
            >
              <Input placeholder="ABCD-EFGH-JKMN" autoComplete="off" style={{ textTransform: 'uppercase' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={enrolling}>
              {t('sync.enroll')}
            </Button>
          </Form>
        ) : (
          <Typography.Text>{t('sync.adminOnly')}</Typography.Text>
        )}
      </Card>

      <DuplicateNoticesCard />

      {rejected.length > 0 && (
        <Card title={t('sync.rejectedTitle')} style={{ maxWidth: 960, marginTop: 16 }}>
          <Typography.Paragraph>{t('sync.rejectedHelp')}</Typography.Paragraph>
          <Table
            rowKey="id"
            size="middle"
            pagination={{ pageSize: 10 }}
            dataSource={rejected}
            columns={[
              {
                title: t('sync.rejectedTable'),
                dataIndex: 'table',
                render: (table: string) => (isKeyOf(zhCN.tables, table) ? t(`tables.${table}`) : table),
              },
              {
                title: t('sync.rejectedRecord'),
                dataIndex: 'recordId',
                render: (id: string) => <Typography.Text code>{id.slice(-8)}</Typography.Text>,
              },
              {
                title: t('sync.rejectedReason'),
                render: (_: unknown, row) => `${row.rejected?.code ?? ''} ${row.rejected?.message ?? ''}`,
              },
              { title: t('sync.rejectedAt'), render: (_: unknown, row) => when(row.rejected?.at ?? null) },
            ]}
          />
        </Card>
      )}

      {user.admin && (
        <Card title={t('sync.usbTitle')} style={{ maxWidth: 760, marginTop: 16 }}>
          <Typography.Paragraph>{t('sync.usbText')}</Typography.Paragraph>
          <Button size="large" onClick={() => void exportBundle()} loading={exporting} disabled={!pending}>
            {t('sync.usbButton')}
          </Button>
        </Card>
      )}
    </div>
  );
}
