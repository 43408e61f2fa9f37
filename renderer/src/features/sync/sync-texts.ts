import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { SyncFailure } from '../../sync/controller';

/** The last sync problem in the person's language, with the county's own words when it gave them. */
export function failureText(t: TFunction, failure: SyncFailure): string {
  const detail = failure.messageZh ?? failure.message;
  return t(`sync.errors.${failure.kind}`, { detail });
}

/** A moment as the 同步 page shows it, or null when there is none. */
export const when = (ms: number | null) => (ms === null ? null : dayjs(ms).format('YYYY-MM-DD HH:mm:ss'));

/** How far a clock was ahead, in the largest whole unit. */
export function aheadText(t: TFunction, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 24 * 60) return t('sync.ahead.days', { count: Math.round(minutes / (24 * 60)) });
  if (minutes >= 60) return t('sync.ahead.hours', { count: Math.round(minutes / 60) });
  return t('sync.ahead.minutes', { count: minutes });
}
