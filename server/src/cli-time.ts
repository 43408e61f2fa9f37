/** China Standard Time: UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 60 * 60_000;

/** A moment as the county reads it on the command line: China time, to the minute (`2026-11-25 18:00`). */
export const chinaTime = (ms: number | null | undefined): string =>
  ms == null ? '—' : new Date(ms + CHINA_OFFSET_MS).toISOString().replace('T', ' ').slice(0, 16);
