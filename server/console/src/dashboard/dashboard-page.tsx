import { Card, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import type { ConsoleSummary } from '../api/types';
import { useApi } from '../api/use-api';
import { FilterBar } from '../filters/filter-bar';
import { filterParams } from '../filters/period';
import { useConsoleFilter } from '../filters/use-filter';
import { ApiProblem } from '../ui/api-problem';
import { formatDateTime, isSilent } from '../ui/format';
import { FigureCards } from './figure-cards';
import { TrendCharts } from './trend-charts';

/** 总览: the period's figures (each opens its list), the monthly trend, and how the stations sync. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { filter, setFilter } = useConsoleFilter();
  const summary = useApi<ConsoleSummary>(`/summary${queryString(filterParams(filter))}`);
  // Silence is judged by the server's clock, not this computer's.
  const now = summary.data?.serverTime ?? null;

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('dashboard.title')}
      </Typography.Title>
      <FilterBar filter={filter} stations={summary.data?.stations ?? []} onChange={setFilter} />
      {summary.error && <ApiProblem refusal={summary.error} onRetry={summary.reload} />}
      {summary.data ? (
        <>
          <Typography.Text type="secondary">
            {summary.data.asOf ? `${t('dashboard.asOf', { date: summary.data.asOf })} · ` : ''}
            {t('dashboard.drillHint')}
          </Typography.Text>
          <div aria-busy={summary.loading} data-testid="figures">
            <FigureCards summary={summary.data} />
          </div>
        </>
      ) : (
        !summary.error && <Card loading />
      )}
      <Typography.Title level={2} className="section-title">
        {t('dashboard.trendTitle')}
      </Typography.Title>
      <TrendCharts filter={filter} />
      <Card title={t('dashboard.stationsTitle')}>
        <Table
          rowKey="stationId"
          size="middle"
          pagination={false}
          loading={summary.loading && !summary.data}
          dataSource={summary.data?.stations ?? []}
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
              render: (at: number | null) =>
                now !== null && isSilent(at, now) ? (
                  <Tag color="red">{at === null ? t('stations.never') : t('stations.silent')}</Tag>
                ) : (
                  <Tag color="green">{t('stations.ok')}</Tag>
                ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
