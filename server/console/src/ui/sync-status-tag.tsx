import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A station's sync status in a word: red when it is silent (从未同步 when it never pushed), else green. */
export function SyncStatusTag({
  silent,
  lastPushAt,
}: {
  readonly silent: boolean;
  readonly lastPushAt: number | null;
}) {
  const { t } = useTranslation();
  if (!silent) return <Tag color="green">{t('stations.ok')}</Tag>;
  return <Tag color="red">{lastPushAt === null ? t('stations.never') : t('stations.silent')}</Tag>;
}
