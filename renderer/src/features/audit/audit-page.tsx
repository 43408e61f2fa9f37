import { Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '#shared/entities/audit';
import { useAuditCount, useAuditPage, useStaffNames } from '../../db/queries';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

const PAGE_SIZE = 20;
/** Identity fields every new record has: not worth listing as "changed". */
const HIDDEN_FIELDS = new Set(['id', 'stationId', 'createdAt', 'deleted']);
const CREATE_ACTION = /\.create$/;

/** The append-only audit log, newest first, read a page at a time from the `at` index. */
export function AuditPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const total = useAuditCount();
  const rows = useAuditPage((page - 1) * PAGE_SIZE, PAGE_SIZE);
  const staffNames = useStaffNames();

  return (
    <div className="page">
      <Typography.Title level={2}>{t('audit.title')}</Typography.Title>
      <Table<AuditEntry>
        rowKey="id"
        dataSource={rows}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }}
        columns={[
          {
            title: t('audit.at'),
            dataIndex: 'at',
            width: 200,
            render: (at: number) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
          },
          {
            title: t('audit.actor'),
            dataIndex: 'actorName',
            width: 120,
            render: (name: string | null) => name ?? t('audit.system'),
          },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 150,
            render: (action: string) => (isKeyOf(zhCN.actions, action) ? t(`actions.${action}`) : action),
          },
          {
            title: t('audit.record'),
            key: 'record',
            width: 170,
            render: (_v, a) => {
              const name = a.table === 'staff' ? staffNames.get(a.recordId) : undefined;
              return `${isKeyOf(zhCN.tables, a.table) ? t(`tables.${a.table}`) : a.table}${name ? `：${name}` : ''}`;
            },
          },
          {
            title: t('audit.fields'),
            dataIndex: 'fields',
            render: (fields: string[], a) =>
              CREATE_ACTION.test(a.action)
                ? t('audit.created')
                : fields
                    .filter((f) => !HIDDEN_FIELDS.has(f))
                    .map((f) => (isKeyOf(zhCN.fieldNames, f) ? t(`fieldNames.${f}`) : f))
                    .join('、'),
          },
          {
            title: t('audit.reason'),
            dataIndex: 'reason',
            width: 160,
            render: (reason: string | null) => reason ?? '',
          },
        ]}
      />
    </div>
  );
}
