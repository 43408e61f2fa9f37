import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { HeldRelease, HeldStation } from '../api/types';
import { useApi } from '../api/use-api';
import { ApiProblem } from '../ui/api-problem';
import { formatDateTime } from '../ui/format';

const HOUR = 3_600_000;
/** Refusal codes with their own words; any other reads as "breaks the rules". */
const WHY = {
  scope: 'held.why.scope',
  schema: 'held.why.schema',
  'append-only': 'held.why.append-only',
  'table.unknown': 'held.why.table.unknown',
  'text.nul': 'held.why.text.nul',
} as const;
const whyKey = (code: string) => (Object.hasOwn(WHY, code) ? WHY[code as keyof typeof WHY] : 'held.why.other');
const DAY = 24 * HOUR;

/**
 * 暂存的变更: per station, the changes the county holds because the PC's clock was ahead of its own (how many,
 * since when, how far ahead). A county admin releases them (applied now, at the county's time) or refuses them
 * with a reason; a viewer only reads. A change refused at release is listed to the admin, never dropped quietly.
 */
export function HeldChanges({ admin, onChanged }: { readonly admin: boolean; readonly onChanged: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const held = useApi<{ stations: HeldStation[] }>('/held');
  const [refusing, setRefusing] = useState<HeldStation | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  const ahead = (ms: number) =>
    ms <= 0
      ? t('held.due')
      : ms >= DAY
        ? t('held.days', { days: Math.floor(ms / DAY), hours: Math.floor((ms % DAY) / HOUR) })
        : ms >= HOUR
          ? t('held.hours', { hours: Math.floor(ms / HOUR) })
          : t('stations.minutes', { value: Math.ceil(ms / 60_000) });

  const done = () => {
    held.reload();
    onChanged();
  };

  const release = async (station: HeldStation) => {
    const answer = await postJson<HeldRelease>('/held/release', { stationId: station.stationId });
    if (!answer.ok) return void message.error(t('common.failed', { message: refusalText(answer.error) }));
    done();
    const { released, refused } = answer.value;
    if (refused.length === 0) return void message.success(t('held.released', { count: released }));
    modal.warning({
      title: t('held.refusedAtRelease', { released, count: refused.length }),
      width: 640,
      content: (
        <Space orientation="vertical">
          <Typography.Text>{t('held.refusedKept')}</Typography.Text>
          <ul data-testid="held-refused-list">
            {refused.map((r) => (
              <li key={r.id}>
                {r.id} · {t(whyKey(r.code))}
              </li>
            ))}
          </ul>
        </Space>
      ),
    });
  };

  const refuse = async ({ reason }: { reason: string }) => {
    if (!refusing) return;
    setBusy(true);
    const answer = await postJson<{ refused: number }>('/held/refuse', { stationId: refusing.stationId, reason });
    setBusy(false);
    if (!answer.ok) return void message.error(t('common.failed', { message: refusalText(answer.error) }));
    setRefusing(null);
    void message.success(t('held.refusedDone', { count: answer.value.refused }));
    done();
  };

  const stations = held.data?.stations ?? [];
  return (
    <Card title={t('held.title')} data-testid="held-card">
      <Typography.Paragraph type="secondary">{t('held.intro')}</Typography.Paragraph>
      {held.error && <ApiProblem refusal={held.error} onRetry={held.reload} />}
      <Table<HeldStation>
        data-testid="held-table"
        rowKey="stationId"
        bordered
        size="middle"
        loading={held.loading}
        dataSource={stations}
        pagination={false}
        locale={{ emptyText: t('held.none') }}
        columns={[
          { title: t('stations.name'), dataIndex: 'name' },
          { title: t('held.count'), dataIndex: 'held' },
          {
            title: t('held.oldest'),
            dataIndex: 'oldestReceivedAt',
            render: (at: number | null) => (at ? formatDateTime(at) : t('common.none')),
          },
          {
            title: t('held.ahead'),
            key: 'ahead',
            render: (_: unknown, s: HeldStation) => (s.held > 0 ? ahead(s.furthestAheadMs) : t('common.none')),
          },
          { title: t('held.refused'), dataIndex: 'refused' },
          ...(admin
            ? [
                {
                  title: t('stations.actions'),
                  key: 'actions',
                  render: (_: unknown, s: HeldStation) =>
                    s.held > 0 && (
                      <Space wrap>
                        <Popconfirm
                          title={t('held.releaseConfirm', { count: s.held, name: s.name })}
                          okText={t('held.release')}
                          cancelText={t('common.cancel')}
                          onConfirm={() => void release(s)}
                        >
                          <Button icon={<CheckOutlined />}>{t('held.release')}</Button>
                        </Popconfirm>
                        <Button danger icon={<CloseOutlined />} onClick={() => setRefusing(s)}>
                          {t('held.refuse')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={refusing !== null}
        title={t('held.refuseTitle', { count: refusing?.held ?? 0, name: refusing?.name ?? '' })}
        okText={t('held.refuse')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        onCancel={() => setRefusing(null)}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('held.refuseIntro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false} onFinish={(v) => void refuse(v)}>
          <Form.Item
            name="reason"
            label={t('held.reason')}
            rules={[{ required: true, whitespace: true, message: t('held.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={200} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
