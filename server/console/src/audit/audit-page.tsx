import { Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import type { AuditEntry, AuditPage as AuditAnswer } from '../api/types';
import { useApi } from '../api/use-api';
import { useConsoleFilter } from '../filters/use-filter';
import { auditActionLabel } from '../i18n/labels';
import { ApiProblem } from '../ui/api-problem';
import { formatDateTime } from '../ui/format';
import { pagingOf } from '../ledgers/ledger-params';

/** The detail's fields as `key: value`, for people (the server stores no personal data there). */
function detailText(detail: string | null): string {
  if (!detail) return '';
  try {
    const parsed = JSON.parse(detail) as unknown;
    if (parsed && typeof parsed === 'object')
      return Object.entries(parsed)
        .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
        .join('; ');
  } catch {
    // not JSON: as it is
  }
  return detail;
}

/** 操作记录 (county admins): who did what, when and why, newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const { search, setParams } = useConsoleFilter();
  const { page, pageSize } = pagingOf(search);
  const audit = useApi<AuditAnswer>(`/audit${queryString({ page, pageSize })}`);

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('audit.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('audit.intro')}</Typography.Text>
      {audit.error && <ApiProblem refusal={audit.error} onRetry={audit.reload} />}
      <Table<AuditEntry>
        data-testid="audit-table"
        rowKey="id"
        size="middle"
        bordered
        loading={audit.loading}
        dataSource={audit.data?.entries ?? []}
        pagination={{
          current: page,
          pageSize,
          total: audit.data?.total ?? 0,
          showTotal: (total) => t('common.total', { count: total }),
        }}
        onChange={(p) => setParams({ page: String(p.current ?? 1), pageSize: String(p.pageSize ?? 50) }, true)}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (at: number) => formatDateTime(at) },
          {
            title: t('audit.user'),
            dataIndex: 'username',
            render: (name: string | null) => name ?? t('audit.operator'),
          },
          { title: t('audit.action'), dataIndex: 'action', render: (action: string) => auditActionLabel(t, action) },
          { title: t('audit.target'), dataIndex: 'target', render: (v: string | null) => v ?? '' },
          { title: t('audit.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
          { title: t('audit.detail'), dataIndex: 'detail', render: (v: string | null) => detailText(v) },
        ]}
      />
    </Space>
  );
}
