import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Space, Spin, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ErrorCode } from '#shared/errors/codes';
import type { RowError } from '#shared/registry/gazetteer-import';
import type { TableTemplate } from '#shared/registry/template';
import type { Result } from '#shared/result';
import { getPlatform } from '../platform/platform';
import { readTableFile } from '../registry/read-table-file';
import { errorText } from './forms';
import { templateWorkbook } from './template-workbook';

/** What a checked file offers: how many rows can go in, the problems, and how to import them. */
export interface CheckedFile {
  readonly ok: number;
  /** rows that will not be imported */
  readonly errors: readonly RowError[];
  /** rows imported with something to see to afterwards */
  readonly warnings?: readonly RowError[];
  /** each row's name (a person, a job), so the report names it and not only its row */
  readonly names?: ReadonlyMap<number, string>;
  readonly confirm: () => Promise<Result<{ readonly added: number }>>;
}

interface ReportRow extends RowError {
  readonly refused: boolean;
}

async function templateBase64(template: TableTemplate): Promise<string> {
  const bytes = await templateWorkbook(template);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/**
 * An import page, the same everywhere: download the template, choose the file, see every row's problems,
 * and import only after confirming.
 */
export function TableImport(props: {
  readonly title: string;
  readonly intro: string;
  readonly back: { readonly to: string; readonly label: string };
  readonly templateName: string;
  readonly template: TableTemplate;
  readonly fieldLabel: (field: string) => string;
  readonly check: (rows: string[][]) => Promise<CheckedFile>;
  readonly onDone: (added: number) => void;
  readonly texts: {
    readonly summary: (ok: number, bad: number) => string;
    readonly confirm: (count: number) => string;
  };
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [checked, setChecked] = useState<(CheckedFile & { readonly source: string }) | null>(null);

  const choose = async (name: string, bytes: Uint8Array) => {
    setChecking(true);
    try {
      const rows = await readTableFile(name, bytes);
      if (!rows.ok) void message.error(errorText(t, rows.error.code));
      else setChecked({ source: name, ...(await props.check(rows.value)) });
    } finally {
      setChecking(false);
    }
  };

  const confirm = async () => {
    if (!checked) return;
    setSaving(true);
    try {
      const r = await checked.confirm();
      if (r.ok) props.onDone(r.value.added);
      else void message.error(errorText(t, r.error.code));
    } finally {
      setSaving(false);
    }
  };

  const download = async () => {
    const saved = await getPlatform().saveFile({
      suggestedName: props.templateName,
      content: await templateBase64(props.template),
      encoding: 'base64',
    });
    if (!saved.ok) void message.error(errorText(t, saved.error.code));
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{props.title}</Typography.Title>
        <Button onClick={() => void navigate(props.back.to)}>{props.back.label}</Button>
      </Space>
      <Typography.Paragraph>{props.intro}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button size="large" icon={<DownloadOutlined />} onClick={() => void download()}>
          {t('seekerImport.template')}
        </Button>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.arrayBuffer().then((buffer) => choose(file.name, new Uint8Array(buffer)));
            return false;
          }}
        >
          <Button size="large" type="primary" icon={<UploadOutlined />} loading={checking}>
            {t('seekerImport.choose')}
          </Button>
        </Upload>
      </Space>
      {checking && (
        <Spin tip={t('seekerImport.checking')} size="large">
          <div style={{ height: 80 }} />
        </Spin>
      )}
      {checked && !checking && (
        <CheckReport
          checked={checked}
          props={props}
          saving={saving}
          onConfirm={confirm}
          onCancel={() => setChecked(null)}
        />
      )}
    </div>
  );
}

/** The check of a file: a summary, every problem by row and name, and the confirm button. */
function CheckReport({
  checked,
  props,
  saving,
  onConfirm,
  onCancel,
}: {
  readonly checked: CheckedFile & { readonly source: string };
  readonly props: Parameters<typeof TableImport>[0];
  readonly saving: boolean;
  readonly onConfirm: () => Promise<void>;
  readonly onCancel: () => void;
}) {
  const { t } = useTranslation();
  const report: ReportRow[] = [
    ...checked.errors.map((e) => ({ ...e, refused: true })),
    ...(checked.warnings ?? []).map((e) => ({ ...e, refused: false })),
  ].sort((a, b) => a.row - b.row || Number(b.refused) - Number(a.refused));
  return (
    <Card title={t('villages.previewTitle', { source: checked.source })}>
      <Alert
        type={checked.errors.length ? 'warning' : 'success'}
        showIcon
        title={props.texts.summary(checked.ok, new Set(checked.errors.map((e) => e.row)).size)}
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
              render: (f: string) => props.fieldLabel(f),
            },
            { title: t('villages.problem'), dataIndex: 'code', render: (code: ErrorCode) => errorText(t, code) },
          ]}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space>
        <Button
          type="primary"
          size="large"
          disabled={checked.ok === 0}
          loading={saving}
          onClick={() => void onConfirm()}
        >
          {props.texts.confirm(checked.ok)}
        </Button>
        <Button size="large" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Space>
    </Card>
  );
}
