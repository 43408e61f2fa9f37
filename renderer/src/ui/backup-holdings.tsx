import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The counts a backup or this PC is described by, in the order a person cares about them. */
const SHOWN = ['seekers', 'employers', 'jobs', 'placements', 'courses', 'staff', 'pending'] as const;

/** A short list of what a backup (or this PC) holds: people, employers, jobs … and the changes not yet sent. */
export function BackupHoldings({ title, counts }: { readonly title: string; readonly counts: Record<string, number> }) {
  const { t } = useTranslation();
  return (
    <div className="backup-holdings">
      <Typography.Text strong>{title}</Typography.Text>
      <ul>
        {SHOWN.map((key) => (
          <li key={key}>{t(`backup.counts.${key}`, { count: counts[key] ?? 0 })}</li>
        ))}
      </ul>
    </div>
  );
}
