import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { prefetchJson, queryString } from '../api/client';
import type { ConsoleSummary } from '../api/types';
import { useApi } from '../api/use-api';
import { FilterBar } from '../filters/filter-bar';
import { filterFromSearch, filterParams, type ConsoleFilter } from '../filters/period';
import { useConsoleFilter } from '../filters/use-filter';
import { ApiProblem } from '../ui/api-problem';
import { FigureCards } from './figure-cards';
import { StationSyncCard } from './station-sync-card';
import { TrendCharts, trendPath } from './trend-charts';

const summaryPath = (filter: ConsoleFilter): string => `/summary${queryString(filterParams(filter))}`;

/**
 * Asks for the dashboard's figures and trend for the address `search` (a log-in going to the dashboard does
 * this as soon as it is let in, so the server counts while the screen is being drawn).
 */
export function prefetchDashboard(search: string): void {
  const filter = filterFromSearch(new URLSearchParams(search), Date.now());
  prefetchJson(summaryPath(filter));
  prefetchJson(trendPath(filter));
}

/** 总览: the period's figures (each opens its list), the monthly trend, and how the stations sync. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { filter, setFilter } = useConsoleFilter();
  const summary = useApi<ConsoleSummary>(summaryPath(filter));

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('dashboard.title')}
      </Typography.Title>
      <FilterBar filter={filter} stations={summary.data?.stations ?? []} onChange={setFilter} />
      {summary.error && <ApiProblem refusal={summary.error} onRetry={summary.reload} />}
      {summary.data ? (
        // one element, not a fragment: Space keys its items by position, so a changing count of them would make
        // the charts below start again (and ask for the trend twice)
        <div>
          <Typography.Paragraph type="secondary">
            {summary.data.asOf ? `${t('dashboard.asOf', { date: summary.data.asOf })} · ` : ''}
            {t('dashboard.drillHint')}
          </Typography.Paragraph>
          <div aria-busy={summary.loading} data-testid="figures">
            <FigureCards summary={summary.data} />
          </div>
        </div>
      ) : (
        !summary.error && <Card loading />
      )}
      <Typography.Title level={2} className="section-title">
        {t('dashboard.trendTitle')}
      </Typography.Title>
      <TrendCharts filter={filter} />
      {/* below the charts, drawn once the stations are known: the first screen is the figures */}
      <StationSyncCard summary={summary.data ?? null} />
    </Space>
  );
}
