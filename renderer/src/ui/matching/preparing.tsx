import { Progress, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchProgress } from '../../matching/store';

/**
 * A list still waiting for one side of matching to be prepared (first opened, or after an import): how far it
 * is. The list is shown only once everyone is ready, never a part of it.
 */
export function MatchPreparing({ progress }: { readonly progress?: MatchProgress | undefined }) {
  const { t, i18n } = useTranslation();
  if (!progress || progress.total === 0) return <Spin size="large" />;
  const number = (n: number) => n.toLocaleString(i18n.language);
  return (
    <Space direction="vertical" data-testid="match-preparing" style={{ width: '100%', maxWidth: 560 }}>
      <Space>
        <Spin />
        <Typography.Text>
          {t(`matching.preparing.${progress.side}`, { done: number(progress.done), total: number(progress.total) })}
        </Typography.Text>
      </Space>
      <Progress percent={Math.floor((progress.done / progress.total) * 100)} status="active" />
    </Space>
  );
}
