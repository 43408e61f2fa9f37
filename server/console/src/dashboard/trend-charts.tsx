import { Card, Col, Row } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import type { TrendAnswer } from '../api/types';
import { useApi } from '../api/use-api';
import { EChart, type ChartOption } from '../charts/echart';
import { filterParams, type ConsoleFilter } from '../filters/period';
import { trendPeriod } from './trend-period';
import { ApiProblem } from '../ui/api-problem';

const PEOPLE = ['registrations', 'referrals', 'hires', 'placementsStarted'] as const;

/** What the charts ask for: the months of the filter's trend period. */
export const trendPath = (filter: ConsoleFilter): string => `/trend${queryString(filterParams(trendPeriod(filter)))}`;

/** Month by month: people registered, referred, hired and placed (lines), and training completions (bars). */
export function TrendCharts({ filter }: { readonly filter: ConsoleFilter }) {
  const { t } = useTranslation();
  const trend = useApi<TrendAnswer>(trendPath(filter));
  const months = useMemo(() => trend.data?.months ?? [], [trend.data]);

  const people = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: PEOPLE.map((key) => ({
        type: 'line',
        name: t(`trend.${key}`),
        data: months.map((m) => m[key]),
      })),
    }),
    [months, t],
  );
  const training = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('trend.completions'),
          data: months.map((m) => m.completions),
          itemStyle: { color: '#389e0d' },
        },
      ],
    }),
    [months, t],
  );

  if (trend.error) return <ApiProblem refusal={trend.error} onRetry={trend.reload} />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <Card title={t('dashboard.trendPeople')} loading={trend.loading && !trend.data}>
          <EChart option={people} label={t('dashboard.trendPeople')} testId="trend-people" />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('dashboard.trendTraining')} loading={trend.loading && !trend.data}>
          <EChart option={training} label={t('dashboard.trendTraining')} testId="trend-training" />
        </Card>
      </Col>
    </Row>
  );
}
