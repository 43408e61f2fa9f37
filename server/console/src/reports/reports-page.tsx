import { DownloadOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { ReportFile } from '../api/types';
import { useApi } from '../api/use-api';
import { downloadFile } from '../ledgers/download';
import { useUser } from '../session/session';
import { ApiProblem } from '../ui/api-problem';
import { formatBytes, formatDateTime } from '../ui/format';

/** One file's download button, with what has arrived shown while it comes. */
function DownloadButton({ file }: { readonly file: ReportFile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [received, setReceived] = useState<number | null>(null);
  const run = async () => {
    setReceived(0);
    const done = await downloadFile(`/reports/${encodeURIComponent(file.name)}`, file.name, setReceived);
    setReceived(null);
    if (!done.ok) void message.error(t('ledgers.exportFailed', { message: refusalText(done.error) }));
  };
  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={received !== null} onClick={() => void run()}>
        {t('reports.download')}
      </Button>
      {received !== null && <span role="status">{formatBytes(received)}</span>}
    </Space>
  );
}

/** 月报: the monthly workbooks the server wrote, to download; a county admin may write last month's now. */
export function ReportsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const user = useUser();
  const reports = useApi<{ reports: ReportFile[] }>('/reports');
  const [writing, setWriting] = useState(false);

  const write = async () => {
    setWriting(true);
    const done = await postJson<{ report: { name: string; month: string } }>('/reports', {});
    setWriting(false);
    if (done.ok) {
      void message.success(t('reports.generated', { name: done.value.report.name }));
      reports.reload();
    } else void message.error(t('common.failed', { message: refusalText(done.error) }));
  };

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1} className="page-title">
        {t('reports.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('reports.intro')}</Typography.Text>
      {user.role === 'county-admin' && (
        <Space>
          <Button size="large" icon={<FileAddOutlined />} loading={writing} onClick={() => void write()}>
            {t('reports.generate')}
          </Button>
          {writing && <span role="status">{t('reports.generating')}</span>}
        </Space>
      )}
      {reports.error && <ApiProblem refusal={reports.error} onRetry={reports.reload} />}
      <Table<ReportFile>
        rowKey="name"
        bordered
        loading={reports.loading}
        dataSource={reports.data?.reports ?? []}
        locale={{ emptyText: t('reports.empty') }}
        pagination={false}
        columns={[
          { title: t('reports.file'), dataIndex: 'name' },
          { title: t('reports.month'), dataIndex: 'month' },
          { title: t('reports.size'), dataIndex: 'bytes', render: (bytes: number) => formatBytes(bytes) },
          { title: t('reports.createdAt'), dataIndex: 'writtenAt', render: (at: number) => formatDateTime(at) },
          { title: '', key: 'download', render: (_: unknown, file: ReportFile) => <DownloadButton file={file} /> },
        ]}
      />
    </Space>
  );
}
