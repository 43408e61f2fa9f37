import { KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { EnrolmentCode, StationDevice, StationHealth } from '../api/types';
import { useApi } from '../api/use-api';
import { useUser } from '../session/session';
import { ApiProblem } from '../ui/api-problem';
import { formatDateTime } from '../ui/format';
import { SyncStatusTag } from '../ui/sync-status-tag';
import { HeldChanges } from './held-changes';
import { AddStationDialog, CodeDialog } from './station-dialogs';

const when = (at: number | null | undefined, never: string) => (at ? formatDateTime(at) : never);

/**
 * 站点: every station's sync health and month, and the changes held for a PC clock ahead; county admins add
 * stations, make codes, revoke PCs and release or refuse held changes.
 */
export function StationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const admin = useUser().role === 'county-admin';
  const stations = useApi<{ stations: StationHealth[] }>('/stations');
  const [adding, setAdding] = useState(false);
  const [code, setCode] = useState<EnrolmentCode | null>(null);
  // Silence is judged by the server's clock, not this computer's.

  const newCode = async (station: StationHealth) => {
    const answer = await postJson<EnrolmentCode>(`/stations/${encodeURIComponent(station.id)}/code`);
    if (answer.ok) setCode(answer.value);
    else void message.error(t('common.failed', { message: refusalText(answer.error) }));
  };
  const revoke = async (station: StationHealth, device?: StationDevice) => {
    const answer = await postJson<{ revokedDevices: number; voidedCodes: number }>(
      `/stations/${encodeURIComponent(station.id)}/revoke`,
      device ? { deviceId: device.id } : {},
    );
    if (answer.ok) {
      void message.success(
        t('stations.revoked', { devices: answer.value.revokedDevices, codes: answer.value.voidedCodes }),
      );
      stations.reload();
    } else void message.error(t('common.failed', { message: refusalText(answer.error) }));
  };

  const devicesOf = (station: StationHealth) =>
    station.devices.map((device) => (
      <div key={device.id} className="device-line">
        {device.name} · {t('stations.deviceLastUsed', { when: when(device.lastUsedAt, t('stations.never')) })}
        {admin && (
          <Popconfirm title={t('stations.revokeConfirm')} onConfirm={() => void revoke(station, device)}>
            <Button size="small" danger type="link" icon={<StopOutlined />}>
              {t('stations.revoke')}
            </Button>
          </Popconfirm>
        )}
      </div>
    ));

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('stations.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('stations.intro')}</Typography.Text>
      {admin ? (
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('stations.add')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('stations.notAllowed')}</Typography.Text>
      )}
      {stations.error && <ApiProblem refusal={stations.error} onRetry={stations.reload} />}
      <Table<StationHealth>
        data-testid="stations-table"
        rowKey="id"
        bordered
        scroll={{ x: 'max-content' }}
        loading={stations.loading}
        dataSource={stations.data?.stations ?? []}
        pagination={false}
        rowClassName={(s) => (s.silent ? 'row-silent' : '')}
        expandable={{ expandedRowRender: (s) => devicesOf(s), rowExpandable: (s) => s.devices.length > 0 }}
        columns={[
          { title: t('stations.name'), dataIndex: 'name' },
          { title: t('stations.area'), dataIndex: 'areaCode' },
          {
            title: t('stations.status'),
            key: 'status',
            render: (_: unknown, s: StationHealth) => <SyncStatusTag silent={s.silent} lastPushAt={s.lastPushAt} />,
          },
          {
            title: t('stations.lastPush'),
            dataIndex: 'lastPushAt',
            render: (at: number | null) => when(at, t('stations.never')),
          },
          {
            title: t('stations.lastPull'),
            dataIndex: 'lastPullAt',
            render: (at: number | null) => when(at, t('stations.never')),
          },
          {
            title: t('stations.clockSkew'),
            dataIndex: 'clockSkewMs',
            render: (ms: number | null) =>
              ms === null
                ? t('common.none')
                : Math.abs(ms) >= 60_000
                  ? t('stations.minutes', { value: Math.round(ms / 60_000) })
                  : t('stations.seconds', { value: Math.round(ms / 1000) }),
          },
          {
            title: t('stations.version'),
            dataIndex: 'appVersion',
            render: (v: string | null) => v ?? t('common.none'),
          },
          { title: t('stations.held'), dataIndex: 'heldBack' },
          {
            title: t('stations.month'),
            dataIndex: 'month',
            render: (m: StationHealth['month']) => t('stations.monthFigures', m),
          },
          ...(admin
            ? [
                {
                  title: t('stations.actions'),
                  key: 'actions',
                  render: (_: unknown, s: StationHealth) => (
                    <Space wrap>
                      <Popconfirm title={t('stations.newCodeConfirm')} onConfirm={() => void newCode(s)}>
                        <Button icon={<KeyOutlined />}>{t('stations.newCode')}</Button>
                      </Popconfirm>
                      <Popconfirm title={t('stations.revokeAllConfirm')} onConfirm={() => void revoke(s)}>
                        <Button danger icon={<StopOutlined />}>
                          {t('stations.revokeAll')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <HeldChanges admin={admin} onChanged={stations.reload} />
      <AddStationDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(added) => {
          setAdding(false);
          void message.success(t('stations.added'));
          setCode(added);
          stations.reload();
        }}
      />
      <CodeDialog code={code} onClose={() => setCode(null)} />
    </Space>
  );
}
