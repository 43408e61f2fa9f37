import { UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Village } from '#shared/entities/village';
import type { ErrorCode } from '#shared/errors/codes';
import { parseGazetteer, type GazetteerParse, type RowError } from '#shared/registry/gazetteer-import';
import { appEnv } from '../../db/commands/env';
import { importVillages } from '../../db/commands/villages';
import { useVillages } from '../../db/queries';
import demoCsv from '../../registry/demo-gazetteer.csv?raw';
import { readTableFile } from '../../registry/read-table-file';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

interface Preview extends GazetteerParse {
  readonly source: string;
}

/**
 * The county's village list: import from CSV or XLSX (code, name, latitude, longitude). Every row is checked
 * first and problems are listed by row; nothing is saved until the person confirms, then all valid rows go in
 * one command.
 */
export function VillagesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const villages = useVillages();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [saving, setSaving] = useState(false);

  const load = async (source: string, bytes: Uint8Array) => {
    const rows = await readTableFile(source, bytes);
    if (!rows.ok) {
      void message.error(errorText(t, rows.error.code));
      return;
    }
    setPreview({ source, ...parseGazetteer(rows.value) });
  };

  const confirm = async () => {
    if (!user || !preview) return;
    setSaving(true);
    try {
      const result = await importVillages(appEnv(), user, preview.villages);
      if (result.ok) {
        void message.success(t('villages.imported', result.value));
        setPreview(null);
      } else void message.error(errorText(t, result.error.code));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <Typography.Title level={2}>{t('villages.title')}</Typography.Title>
      <Typography.Paragraph>{t('villages.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.arrayBuffer().then((buffer) => load(file.name, new Uint8Array(buffer)));
            return false;
          }}
        >
          <Button size="large" type="primary" icon={<UploadOutlined />}>
            {t('villages.choose')}
          </Button>
        </Upload>
        <Button size="large" onClick={() => void load('demo.csv', new TextEncoder().encode(demoCsv))}>
          {t('villages.demo')}
        </Button>
      </Space>

      {preview && (
        <Card title={t('villages.previewTitle', { source: preview.source })} className="form-card">
          <Alert
            type={preview.errors.length ? 'warning' : 'success'}
            showIcon
            title={t('villages.previewSummary', { ok: preview.villages.length, bad: preview.errors.length })}
            style={{ marginBottom: 16 }}
          />
          {preview.errors.length > 0 && (
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.field}`}
              dataSource={[...preview.errors]}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t('villages.row'), dataIndex: 'row', width: 90 },
                {
                  title: t('villages.field'),
                  dataIndex: 'field',
                  width: 140,
                  render: (f: string) => (isKeyOf(zhCN.villages.fields, f) ? t(`villages.fields.${f}`) : f),
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
              disabled={preview.villages.length === 0}
              loading={saving}
              onClick={() => void confirm()}
            >
              {t('villages.confirm', { count: preview.villages.length })}
            </Button>
            <Button size="large" onClick={() => setPreview(null)}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Card>
      )}

      <Table<Village>
        rowKey="id"
        dataSource={villages}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        locale={{ emptyText: t('villages.empty') }}
        columns={[
          { title: t('villages.fields.code'), dataIndex: 'code', width: 180 },
          { title: t('villages.fields.name'), dataIndex: 'name' },
          { title: t('villages.fields.latitude'), dataIndex: 'latitude', width: 140 },
          { title: t('villages.fields.longitude'), dataIndex: 'longitude', width: 140 },
        ]}
      />
    </div>
  );
}
