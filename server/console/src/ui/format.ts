const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment (ms) as the office reads it: Beijing time, `2026/11/25 10:30`. */
export const formatDateTime = (ms: number): string => dateTime.format(new Date(ms));

/** A byte count in words people know: `850 KB`, `12.4 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A station is silent when it has not pushed for more than seven days (or never has). */
export const isSilent = (lastPushAt: number | null, now: number): boolean =>
  lastPushAt === null || now - lastPushAt > 7 * DAY_MS;
