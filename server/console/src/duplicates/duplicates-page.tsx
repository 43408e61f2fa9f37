import { Button, Segmented, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import type { LedgerPage, LedgerRow } from '../api/types';
import { useApi } from '../api/use-api';
import { useConsoleFilter } from '../filters/use-filter';
import { headerOf, renderCell } from '../ledgers/cells';
import { pagingOf } from '../ledgers/ledger-params';
import { useUser } from '../session/session';
import { ApiProblem } from '../ui/api-problem';
import { useStationOptions } from '../ui/use-station-options';
import { ResolveDialog } from './resolve-dialog';

/** 重复人员: pairs of records sharing an ID number, open or resolved; county admins resolve them. */
export function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const admin = useUser().role === 'county-admin';
  const { filter, search, setParams } = useConsoleFilter();
  const { page, pageSize } = pagingOf(search);
  const status = search.get('status') === 'resolved' ? 'resolved' : 'open';
  const list = useApi<LedgerPage>(`/ledgers/duplicates${queryString({ status, page, pageSize })}`);
  const [resolving, setResolving] = useState<LedgerRow | null>(null);
  const stations = useStationOptions(filter);

  const columns = (list.data?.columns ?? []).map((column) => ({
    key: column.key,
    dataIndex: column.key,
    title: headerOf(column, i18n.language === 'en'),
    render: (_: unknown, row: LedgerRow) => renderCell(t, column, row[column.key]),
  }));

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('duplicates.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('duplicates.intro')}</Typography.Paragraph>
      <Segmented
        size="large"
        value={status}
        options={[
          { value: 'open', label: t('duplicates.open') },
          { value: 'resolved', label: t('duplicates.resolved') },
        ]}
        onChange={(value) => setParams({ status: value === 'open' ? undefined : value })}
      />
      {!admin && <Typography.Text type="secondary">{t('duplicates.notAllowed')}</Typography.Text>}
      {list.error && <ApiProblem refusal={list.error} onRetry={list.reload} />}
      <Table<LedgerRow>
        data-testid="duplicates-table"
        rowKey={(row) => String(row['pairId'] ?? JSON.stringify(row))}
        bordered
        scroll={{ x: 'max-content' }}
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        pagination={{
          current: page,
          pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(p) => setParams({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 50) }, true)}
        columns={[
          ...columns,
          ...(admin && status === 'open'
            ? [
                {
                  title: '',
                  key: 'resolve',
                  render: (_: unknown, row: LedgerRow) => (
                    <Button type="primary" onClick={() => setResolving(row)}>
                      {t('duplicates.resolve')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ResolveDialog
        row={resolving}
        stations={stations}
        onClose={() => setResolving(null)}
        onResolved={() => {
          setResolving(null);
          list.reload();
        }}
      />
    </Space>
  );
}
