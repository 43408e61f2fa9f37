/** The console's filter, as it stands in the page's address (so a drill-down or a bookmark keeps it). */
export interface ConsoleFilter {
  from: string;
  to: string;
  station?: string;
  area?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AREA = /^\d{2,12}$/;

const chinaDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today's date in China (`YYYY-MM-DD`), whatever zone the browser's computer is set to. */
export const chinaToday = (now: number): string => chinaDate.format(new Date(now));

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (`month` 1–12). */
export function lastDayOf(year: number, month: number): string {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(days)}`;
}

/** The month `shift` months from the one `date` is in: its first and last day. */
export function monthOf(date: string, shift = 0): { from: string; to: string } {
  const [y = 0, m = 1] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + shift;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { from: `${year}-${pad(month)}-01`, to: lastDayOf(year, month) };
}

/** Whether `text` is a real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string | null | undefined): text is string {
  if (!text || !DATE.test(text)) return false;
  const [y = 0, m = 0, d = 0] = text.split('-').map(Number);
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/**
 * The filter an address says: its period when both ends are dates in order, this month (in China) otherwise;
 * a station and an area code when given (an area code is 2–12 digits, anything else is left out).
 */
export function filterFromSearch(search: URLSearchParams, now: number): ConsoleFilter {
  const from = search.get('from');
  const to = search.get('to');
  const period = isDate(from) && isDate(to) && from <= to ? { from, to } : monthOf(chinaToday(now));
  const station = search.get('station')?.trim();
  const area = search.get('area')?.trim();
  return {
    ...period,
    ...(station ? { station } : {}),
    ...(area && AREA.test(area) ? { area } : {}),
  };
}

/** The filter's query parameters, in a stable order, for the API and for links. */
export function filterParams(filter: ConsoleFilter): Record<string, string> {
  return {
    from: filter.from,
    to: filter.to,
    ...(filter.station ? { station: filter.station } : {}),
    ...(filter.area ? { area: filter.area } : {}),
  };
}
