import type { TFunction } from 'i18next';
import type { Course, Session } from '#shared/entities/course';

/** Small text helpers the course screens share. */
export function sessionLabel(t: TFunction, s: Pick<Session, 'date' | 'part' | 'hours'>): string {
  return t('training.roll.session', { date: s.date, part: t(`training.part.${s.part}`), hours: s.hours });
}

export const sortedSessions = (course: Pick<Course, 'sessions'>): Session[] =>
  [...course.sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || (a.part === b.part ? 0 : a.part === 'morning' ? -1 : 1),
  );

/** First to last date, e.g. 2026-11-24 ~ 2026-11-28. */
export function dateRange(course: Pick<Course, 'sessions'>): string {
  const s = sortedSessions(course);
  if (s.length === 0) return '—';
  const first = s[0]?.date ?? '';
  const last = s[s.length - 1]?.date ?? '';
  return first === last ? first : `${first} ~ ${last}`;
}

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`);
