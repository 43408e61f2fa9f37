/**
 * The stations' calendar day, YYYY-MM-DD, in China Standard Time (UTC+8, no daylight saving) whatever time zone
 * the PC happens to be set to: commands and screens must agree on what "today" is (age on a date, follow-ups due,
 * a posting's start, a roll-call's session). `stationDay()` is today; `stationDay(ms)` the day of that moment.
 */
export const stationDay = (ms: number = Date.now()): string => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
