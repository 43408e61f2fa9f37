import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queryString } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { LedgerName } from '../api/types';
import { formatBytes } from '../ui/format';
import { downloadFile } from './download';

interface Props {
  readonly ledger: LedgerName;
  /** The ledger's filter and own conditions, as on the screen (no paging or sorting). */
  readonly params: Readonly<Record<string, string>>;
  /** The written reason when full ID numbers are shown: the export carries them too, audited. */
  readonly revealReason: string | null;
}

/** 导出 Excel / 导出 CSV: every row of the filter, as a file, with what has arrived shown while it comes. */
export function ExportButtons({ ledger, params, revealReason }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const [received, setReceived] = useState(0);

  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(format);
    setReceived(0);
    const query = queryString({ ...params, ...(revealReason ? { full: '1', reason: revealReason } : {}) });
    const done = await downloadFile(`/exports/${ledger}.${format}${query}`, `${ledger}.${format}`, setReceived);
    setBusy(null);
    if (done.ok) void message.success(t('ledgers.exported', { name: done.name }));
    else void message.error(t('ledgers.exportFailed', { message: refusalText(done.error) }));
  };

  return (
    <Space wrap>
      <Button
        size="large"
        icon={<FileExcelOutlined />}
        loading={busy === 'xlsx'}
        disabled={busy !== null}
        onClick={() => void run('xlsx')}
      >
        {t('ledgers.exportExcel')}
      </Button>
      <Button
        size="large"
        icon={<FileTextOutlined />}
        loading={busy === 'csv'}
        disabled={busy !== null}
        onClick={() => void run('csv')}
      >
        {t('ledgers.exportCsv')}
      </Button>
      {busy && (
        <Typography.Text role="status" data-testid="export-progress">
          {t('ledgers.exporting', { size: formatBytes(received) })}
        </Typography.Text>
      )}
    </Space>
  );
}
