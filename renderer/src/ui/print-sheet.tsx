import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from './forms';
import { printCurrentPage } from './print';

/**
 * A printable document: an A4 sheet on screen (so what you see is what prints) with a print button and a
 * back action above it that never reach the paper.
 */
export function PrintSheet({
  fileName,
  landscape = false,
  actions,
  children,
}: {
  readonly fileName: string;
  readonly landscape?: boolean;
  /** extra buttons beside "print" (e.g. back) */
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    setBusy(true);
    const result = await printCurrentPage(fileName, landscape);
    setBusy(false);
    if (!result.ok) void message.error(errorText(t, result.error.code));
    else if (result.value.saved) void message.success(t('print.saved'));
  };
  return (
    <div className="print-page">
      <Space className="no-print print-toolbar" wrap>
        <Button type="primary" size="large" icon={<PrinterOutlined />} loading={busy} onClick={() => void print()}>
          {t('print.print')}
        </Button>
        {actions}
      </Space>
      <div className={landscape ? 'print-sheet print-sheet-landscape' : 'print-sheet'} data-testid="print-sheet">
        {children}
      </div>
      {/* The page size for the browser's own print dialog (Electron passes it to printToPDF). */}
      <style>{`@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 15mm; }`}</style>
    </div>
  );
}
