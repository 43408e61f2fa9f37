import { EyeInvisibleOutlined, EyeOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Space, Table, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { queryString } from '../api/client';
import type { LedgerPage as LedgerAnswer, LedgerRow } from '../api/types';
import { useApi } from '../api/use-api';
import { FIGURE_LABEL, isFigureKey } from '../dashboard/figures';
import { FilterBar } from '../filters/filter-bar';
import { filterParams } from '../filters/period';
import { useConsoleFilter } from '../filters/use-filter';
import { groupLabel } from '../i18n/labels';
import { useUser } from '../session/session';
import { ApiProblem } from '../ui/api-problem';
import { useStationOptions } from '../ui/use-station-options';
import { headerOf, renderCell } from './cells';
import { ExportButtons } from './export-buttons';
import { isMenuLedger, type MenuLedger } from './ledger-list';
import { ownConditions, PAGE_SIZE_OPTIONS, pagingOf } from './ledger-params';
import { RevealDialog } from './reveal-dialog';

/**
 * 台账: one ledger as a filtered, sorted, paged table, with its exports. ID numbers and phones are masked; a
 * county admin may show them in full with a written reason (each such page is audited by the server).
 */
export function LedgerPage() {
  const { name } = useParams();
  if (!isMenuLedger(name)) return <Navigate to="/" replace />;
  return <LedgerScreen key={name} name={name} />;
}

function LedgerScreen({ name }: { readonly name: MenuLedger }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const user = useUser();
  const { filter, search, setFilter, setParams } = useConsoleFilter();
  const paging = pagingOf(search);
  const own = ownConditions(search);
  const figure = search.get('figure');
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState<string | null>(null);
  const stations = useStationOptions(filter);

  const params = { ...filterParams(filter), ...own, ...(paging.q ? { q: paging.q } : {}) };
  const ledger = useApi<LedgerAnswer>(
    `/ledgers/${name}${queryString({
      ...params,
      sort: paging.sort,
      order: paging.order,
      page: paging.page,
      pageSize: paging.pageSize,
      ...(reason ? { full: '1', reason } : {}),
    })}`,
  );
  const answer = ledger.data?.name === name ? ledger.data : undefined;
  const columns = (answer?.columns ?? []).map((column) => ({
    key: column.key,
    dataIndex: column.key,
    title: headerOf(column, english),
    sorter: column.sortable,
    sortOrder:
      paging.sort === column.key ? (paging.order === 'desc' ? ('descend' as const) : ('ascend' as const)) : null,
    align: column.kind === 'number' || column.kind === 'percent' ? ('right' as const) : ('left' as const),
    render: (_: unknown, row: LedgerRow) => renderCell(t, column, row[column.key]),
  }));
  const figureName = figure
    ? isFigureKey(figure)
      ? t(FIGURE_LABEL[figure])
      : figure.startsWith('seekers.byPriorityGroup.')
        ? groupLabel(t, figure.slice('seekers.byPriorityGroup.'.length))
        : null
    : null;

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t(`ledgers.titles.${name}`)}
      </Typography.Title>
      <FilterBar filter={filter} stations={stations} onChange={setFilter} />
      <Space wrap size="middle">
        <Input.Search
          size="large"
          allowClear
          style={{ width: 340 }}
          aria-label={t('filters.search')}
          placeholder={t('ledgers.searchPlaceholder')}
          enterButton={<SearchOutlined />}
          // A new search in the address (back, a link) starts the box afresh with it.
          key={paging.q}
          defaultValue={paging.q}
          onSearch={(value) => setParams({ q: value.trim() || undefined })}
        />
        {Object.keys(own).length > 0 && (
          <Space wrap data-testid="own-conditions">
            {figureName && <Tag color="blue">{t('ledgers.drillFrom', { figure: figureName })}</Tag>}
            {!figureName && (
              <Tag color="blue">
                {t('ledgers.ownFilter')}:{' '}
                {Object.entries(own)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(t('common.listSeparator'))}
              </Tag>
            )}
            <Button
              onClick={() => setParams(Object.fromEntries([...Object.keys(own), 'figure'].map((k) => [k, undefined])))}
            >
              {t('ledgers.removeOwnFilter')}
            </Button>
          </Space>
        )}
      </Space>
      <Space wrap size="middle" className="ledger-actions">
        <ExportButtons ledger={name} params={params} revealReason={reason} />
        {user.role === 'county-admin' &&
          (reason ? (
            <Button size="large" icon={<EyeInvisibleOutlined />} onClick={() => setReason(null)}>
              {t('ledgers.hideFull')}
            </Button>
          ) : (
            <Button size="large" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
              {t('ledgers.revealButton')}
            </Button>
          ))}
      </Space>
      {reason ? (
        <Alert type="warning" showIcon title={t('ledgers.fullShown')} />
      ) : (
        <Typography.Text type="secondary">
          {answer?.rowIsZh && !english ? `${answer.rowIsZh} · ` : ''}
          {t('ledgers.masked')}
        </Typography.Text>
      )}
      {ledger.error && <ApiProblem refusal={ledger.error} onRetry={ledger.reload} />}
      <Table<LedgerRow>
        data-testid="ledger-table"
        rowKey={(row) => String(row['id'] ?? JSON.stringify(row))}
        size="middle"
        bordered
        scroll={{ x: 'max-content' }}
        loading={ledger.loading}
        columns={columns}
        dataSource={answer?.rows ?? []}
        locale={{ emptyText: t('ledgers.empty') }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: answer?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(pagination, _filters, sorter, extra) => {
          const sort = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<LedgerRow> | undefined;
          if (extra.action === 'sort')
            setParams({
              sort: sort?.order ? String(sort.columnKey) : undefined,
              order: sort?.order === 'descend' ? 'desc' : sort?.order ? 'asc' : undefined,
            });
          else setParams({ page: String(pagination.current ?? 1), pageSize: String(pagination.pageSize ?? 50) }, true);
        }}
      />
      <RevealDialog
        open={asking}
        onCancel={() => setAsking(false)}
        onReveal={(text) => {
          setAsking(false);
          setReason(text);
        }}
      />
    </Space>
  );
}
