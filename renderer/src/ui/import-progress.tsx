import { Card, Progress, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CheckProgress } from '../registry/table-check';
import { IMPORT_BATCH_ROWS, type SaveProgress } from '../registry/save-in-batches';

const percent = (done: number, total: number) => (total > 0 ? Math.floor((done / total) * 100) : 0);

/** How far the check of a file is: reading it, then 已检查 3,000 / 10,000 行. The page stays usable meanwhile. */
export function CheckProgressCard({ source, progress }: { readonly source: string; readonly progress: CheckProgress }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="import-progress" style={{ marginBottom: 16 }}>
      {progress.phase === 'reading' ? (
        <Space>
          <Spin />
          <Typography.Text>{t('tableImport.reading', { source })}</Typography.Text>
        </Space>
      ) : (
        <>
          <Typography.Text>{t('tableImport.checked', progress)}</Typography.Text>
          <Progress percent={percent(progress.checked, progress.total)} status="active" />
        </>
      )}
    </Card>
  );
}

/** How far the saving is: 已导入 4,000 / 10,000 行, batch by batch, and the rows of any batch that failed. */
export function SaveProgressCard({ progress }: { readonly progress: SaveProgress }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="import-progress" style={{ marginBottom: 16 }}>
      <Typography.Text strong>
        {progress.failed > 0 ? t('tableImport.savedFailed', { ...progress }) : t('tableImport.saved', { ...progress })}
      </Typography.Text>
      <Progress
        percent={percent(progress.saved + progress.failed, progress.total)}
        success={{ percent: percent(progress.saved, progress.total) }}
        status={progress.failed > 0 ? 'exception' : 'active'}
      />
      <Typography.Text type="secondary">{t('tableImport.savingNote', { batch: IMPORT_BATCH_ROWS })}</Typography.Text>
    </Card>
  );
}
