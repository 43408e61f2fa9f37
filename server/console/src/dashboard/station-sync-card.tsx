import { Card, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConsoleSummary } from '../api/types';
import { formatDateTime, isSilent } from '../ui/format';
import { SyncStatusTag } from '../ui/sync-status-tag';

type SummaryStation = ConsoleSummary['stations'][number];

const PAGE_SIZE = 10;
const byName = new Intl.Collator('zh-CN');

/**
 * The stations longest without a sync first (those that never synced before all), so the ones to call are on
 * the first page; the 站点 screen has every detail.
 */
export function stationsToCall(stations: readonly SummaryStation[]): SummaryStation[] {
  return [...stations].sort(
    (a, b) => (a.lastPushAt ?? -Infinity) - (b.lastPushAt ?? -Infinity) || byName.compare(a.name, b.name),
  );
}

/** 各站同步情况 on the dashboard: how many stations are silent, and a page of them at a time. */
export function StationSyncCard({ summary }: { readonly summary: ConsoleSummary | null }) {
  const { t } = useTranslation();
  // Silence is judged by the server's clock, not this computer's.
  const now = summary?.serverTime ?? null;
  const rows = useMemo(() => stationsToCall(summary?.stations ?? []), [summary]);
  const silent = now === null ? 0 : rows.filter((s) => isSilent(s.lastPushAt, now)).length;
  return (
    <Card
      title={t('dashboard.stationsTitle')}
      loading={!summary}
      extra={<Link to="/stations">{t('dashboard.allStations')}</Link>}
    >
      <Typography.Paragraph type="secondary">
        {t('dashboard.stationsCount', { total: rows.length, silent })}
      </Typography.Paragraph>
      <Table
        rowKey="stationId"
        size="middle"
        pagination={{ pageSize: PAGE_SIZE, hideOnSinglePage: true, showSizeChanger: false }}
        dataSource={rows}
        columns={[
          { title: t('stations.name'), dataIndex: 'name' },
          {
            title: t('stations.lastPush'),
            dataIndex: 'lastPushAt',
            render: (at: number | null) => (at === null ? t('dashboard.neverPushed') : formatDateTime(at)),
          },
          {
            title: t('stations.status'),
            dataIndex: 'lastPushAt',
            key: 'status',
            render: (at: number | null) => <SyncStatusTag silent={now !== null && isSilent(at, now)} lastPushAt={at} />,
          },
        ]}
      />
    </Card>
  );
}
