import { BEIJING_OFFSET_MS } from '../exports/cells';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether `text` is a month `YYYY-MM`. */
export const isMonth = (text: string): boolean => MONTH.test(text);

/** The month (`YYYY-MM`) an instant falls in, in Beijing. */
export const monthAt = (ms: number): string => new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 7);

/** The month before `month`. */
export function monthBefore(month: string): string {
  const [year, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (m ?? 1) - 2, 1));
  return date.toISOString().slice(0, 7);
}

/** The month before the one `ms` falls in (Beijing): the month a report written then covers. */
export const reportMonthAt = (ms: number): string => monthBefore(monthAt(ms));

/** The month's first and last day, `YYYY-MM-DD`. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year ?? 1970, m ?? 1, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
