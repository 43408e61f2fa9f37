import { Alert } from 'antd';
import dayjs from 'dayjs';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stationDay } from '../state/station-day';

/**
 * A warning under a date that lies ahead: a first day of work months away (the person stays "looking for work"
 * until then), or a visit that cannot have happened yet. Nothing when the date is today or before.
 */
export function FutureDateNote({ date, kind }: { readonly date: string | null; readonly kind: 'start' | 'visit' }) {
  const { t } = useTranslation();
  const today = stationDay();
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || date <= today) return null;
  const days = dayjs(date).diff(dayjs(today), 'day');
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="future-date"
      style={{ marginBottom: 16 }}
      title={t(kind === 'start' ? 'dates.futureStart' : 'dates.futureVisit', { date, days })}
    />
  );
}

/**
 * Enter in a date box only takes the typed date: it never submits the form around it (a dialog saved by
 * accident from the date field).
 */
export function keepEnterInDateBoxes(e: KeyboardEvent<HTMLElement>): void {
  const target = e.target as HTMLElement;
  if (
    e.key === 'Enter' &&
    (target.closest('.ant-picker') || (target instanceof HTMLInputElement && target.type === 'date'))
  )
    e.preventDefault();
}
