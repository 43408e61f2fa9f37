import { Alert, Button, Card, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BatchFailure, SaveReport, SheetRow } from '../registry/save-in-batches';
import { errorText } from './forms';

interface LeftRows {
  readonly key: string;
  readonly first: number;
  readonly last: number;
  readonly count: number;
  readonly reason: string;
}

/**
 * After saving, when not every row went in: how many did, which rows did not and why (batch by batch), and a
 * button to save those again; rows that went in meanwhile are never stored twice.
 */
export function SaveReportCard<T extends SheetRow>({
  source,
  report,
  onRetry,
  onClose,
}: {
  readonly source: string;
  readonly report: SaveReport<T>;
  readonly onRetry: () => void;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const failedRows = new Set(report.failures.flatMap((f) => f.rows));
  const notTried = report.left.filter((r) => !failedRows.has(r.row)).map((r) => r.row);
  const groups: LeftRows[] = [
    ...report.failures.map((f: BatchFailure, i) => ({
      key: `failed-${i}`,
      first: Math.min(...f.rows),
      last: Math.max(...f.rows),
      count: f.rows.length,
      reason: errorText(t, f.error.code),
    })),
    ...(notTried.length > 0
      ? [
          {
            key: 'not-tried',
            first: Math.min(...notTried),
            last: Math.max(...notTried),
            count: notTried.length,
            reason: t('tableImport.notTried'),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('tableImport.reportTitle', { source })} data-testid="import-report" style={{ marginBottom: 16 }}>
      <Alert
        type="error"
        showIcon
        title={t('tableImport.reportSummary', { saved: report.saved, left: report.left.length })}
        description={t('tableImport.retryNote')}
        style={{ marginBottom: 16 }}
      />
      <Table<LeftRows>
        size="small"
        rowKey="key"
        dataSource={groups}
        pagination={false}
        columns={[
          {
            title: t('tableImport.rows'),
            key: 'rows',
            width: 260,
            render: (_v: unknown, g: LeftRows) => t('tableImport.batchRows', { ...g }),
          },
          { title: t('tableImport.reason'), dataIndex: 'reason' },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Space>
        <Button type="primary" size="large" onClick={onRetry}>
          {t('tableImport.retry', { count: report.left.length })}
        </Button>
        <Button size="large" onClick={onClose}>
          {t('tableImport.close')}
        </Button>
      </Space>
    </Card>
  );
}
