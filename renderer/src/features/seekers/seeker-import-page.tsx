import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Space, Spin, Table, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RowError } from '../../../../shared/registry/gazetteer-import';
import { parseSeekerRows, SEEKER_TEMPLATE, type SeekerImport } from '../../../../shared/registry/seeker-import';
import { appEnv } from '../../db/commands/env';
import { importSeekers } from '../../db/commands/seekers';
import { registeredIdNumbers } from '../../db/queries';
import { getPlatform } from '../../platform/platform';
import { readTableFile } from '../../registry/read-table-file';
import { useSession } from '../../state/session-store';
import { errorText } from '../forms';

const FIELD_LABEL: Readonly<Record<string, string>> = {
  name: 'seekers.name', sex: 'seekers.sex', birthDate: 'seekers.birthDate', idNumber: 'seekers.idNumber', phone: 'seekers.phone',
  villageCode: 'seekers.village', education: 'seekers.education', skills: 'seekers.skills', consent: 'seekers.sectionConsent',
  consentMatching: 'seekers.sectionConsent', consentDate: 'seekers.consentDate',
};

async function templateBase64(): Promise<string> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('求职者');
  for (const row of SEEKER_TEMPLATE) sheet.addRow([...row]);
  sheet.columns.forEach((c) => (c.width = 16));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Seekers from a spreadsheet: template, check every row, show the report, import only after confirming. */
export function SeekerImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<(SeekerImport & { readonly source: string }) | null>(null);
  const today = dayjs().format('YYYY-MM-DD');

  const check = async (name: string, bytes: Uint8Array) => {
    if (!user) return;
    setChecking(true);
    try {
      const rows = await readTableFile(name, bytes);
      if (!rows.ok) {
        void message.error(errorText(t, rows.error.code));
        return;
      }
      const firstPass = parseSeekerRows(rows.value, today, new Set(), user.id);
      const known = await registeredIdNumbers(firstPass.seekers.flatMap((s) => (s.idNumber ? [s.idNumber] : [])));
      setResult({ source: name, ...parseSeekerRows(rows.value, today, known, user.id) });
    } finally {
      setChecking(false);
    }
  };

  const confirm = async () => {
    if (!user || !result) return;
    setSaving(true);
    try {
      const r = await importSeekers(appEnv(), user, result.seekers.map(({ row: _row, ...draft }) => draft));
      if (r.ok) {
        void message.success(t('seekerImport.done', { count: r.value.added }));
        void navigate('/seekers');
      } else void message.error(errorText(t, r.error.code));
    } finally {
      setSaving(false);
    }
  };

  const downloadTemplate = async () => {
    const saved = await getPlatform().saveFile({ suggestedName: t('seekerImport.templateName'), content: await templateBase64(), encoding: 'base64' });
    if (!saved.ok) void message.error(errorText(t, saved.error.code));
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('seekerImport.title')}</Typography.Title>
        <Button onClick={() => void navigate('/seekers')}>{t('seekers.back')}</Button>
      </Space>
      <Typography.Paragraph>{t('seekerImport.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <Button size="large" icon={<DownloadOutlined />} onClick={() => void downloadTemplate()}>
          {t('seekerImport.template')}
        </Button>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.arrayBuffer().then((buffer) => check(file.name, new Uint8Array(buffer)));
            return false;
          }}
        >
          <Button size="large" type="primary" icon={<UploadOutlined />} loading={checking}>
            {t('seekerImport.choose')}
          </Button>
        </Upload>
      </Space>
      {checking && <Spin tip={t('seekerImport.checking')} size="large"><div style={{ height: 80 }} /></Spin>}
      {result && !checking && (
        <Card title={t('villages.previewTitle', { source: result.source })}>
          <Alert
            type={result.errors.length ? 'warning' : 'success'}
            showIcon
            title={t('seekerImport.summary', { ok: result.seekers.length, bad: result.errors.length })}
            style={{ marginBottom: 16 }}
          />
          {result.errors.length > 0 && (
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
              dataSource={[...result.errors]}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              columns={[
                { title: t('villages.row'), dataIndex: 'row', width: 90 },
                { title: t('villages.field'), dataIndex: 'field', width: 140, render: (f: string) => t(FIELD_LABEL[f] ?? f, { defaultValue: f }) },
                { title: t('villages.problem'), dataIndex: 'code', render: (code: string) => errorText(t, code) },
              ]}
              style={{ marginBottom: 16 }}
            />
          )}
          <Space>
            <Button type="primary" size="large" disabled={result.seekers.length === 0} loading={saving} onClick={() => void confirm()}>
              {t('seekerImport.confirm', { count: result.seekers.length })}
            </Button>
            <Button size="large" onClick={() => setResult(null)}>
              {t('common.cancel')}
            </Button>
          </Space>
        </Card>
      )}
    </div>
  );
}
