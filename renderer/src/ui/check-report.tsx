import { Alert, Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '#shared/errors/codes';
import type { RowError } from '#shared/registry/columns';
import type { SheetRow } from '../registry/save-in-batches';
import { errorText } from './forms';
import type { CheckedFile } from './use-table-import';

interface ReportRow extends RowError {
  readonly refused: boolean;
}

/** The check of a file: a summary, every problem by row and name, and the confirm button. */
export function CheckReport<T extends SheetRow>({
  source,
  checked,
  fieldLabel,
  texts,
  onConfirm,
  onCancel,
}: {
  readonly source: string;
  readonly checked: CheckedFile<T>;
  readonly fieldLabel: (field: string) => string;
  readonly texts: {
    readonly summary: (ok: number, bad: number) => string;
    readonly confirm: (count: number) => string;
  };
  /** absent while saving: the button is then gone, the report stays */
  readonly onConfirm?: () => void;
  readonly onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const report: ReportRow[] = [
    ...checked.errors.map((e) => ({ ...e, refused: true })),
    ...(checked.warnings ?? []).map((e) => ({ ...e, refused: false })),
  ].sort((a, b) => a.row - b.row || Number(b.refused) - Number(a.refused));
  return (
    <Card title={t('villages.previewTitle', { source })}>
      <Alert
        type={checked.errors.length ? 'warning' : 'success'}
        showIcon
        title={texts.summary(checked.rows.length, new Set(checked.errors.map((e) => e.row)).size)}
        style={{ marginBottom: 16 }}
      />
      {report.length > 0 && (
        <Table<ReportRow>
          size="small"
          rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
          dataSource={report}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { title: t('villages.row'), dataIndex: 'row', width: 70 },
            ...(checked.names
              ? [
                  {
                    title: t('seekerImport.who'),
                    key: 'who',
                    width: 140,
                    render: (_v: unknown, e: ReportRow) => checked.names?.get(e.row) || '—',
                  },
                ]
              : []),
            {
              title: t('seekerImport.outcome'),
              key: 'outcome',
              width: 110,
              render: (_v: unknown, e: ReportRow) =>
                e.refused ? (
                  <Tag color="red">{t('seekerImport.refused')}</Tag>
                ) : (
                  <Tag color="orange">{t('seekerImport.importedWithNote')}</Tag>
                ),
            },
            {
              title: t('villages.field'),
              dataIndex: 'field',
              width: 140,
              render: (f: string) => fieldLabel(f),
            },
            { title: t('villages.problem'), dataIndex: 'code', render: (code: ErrorCode) => errorText(t, code) },
          ]}
          style={{ marginBottom: 16 }}
        />
      )}
      {onConfirm && (
        <Space>
          <Button type="primary" size="large" disabled={checked.rows.length === 0} onClick={onConfirm}>
            {texts.confirm(checked.rows.length)}
          </Button>
          <Button size="large" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
