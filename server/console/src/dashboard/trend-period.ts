import { monthOf, type ConsoleFilter } from '../filters/period';

/** The server draws at most this many months. */
const MAX_MONTHS = 36;

/**
 * The months the trend shows: the chosen period, and at least the twelve months up to its end, so one month's
 * figures are seen against the year before; a period longer than three years shows its last three.
 */
export function trendPeriod(filter: ConsoleFilter): ConsoleFilter {
  const yearBack = monthOf(filter.to, -11).from;
  const earliest = monthOf(filter.to, -(MAX_MONTHS - 1)).from;
  const from = filter.from < yearBack ? filter.from : yearBack;
  return { ...filter, from: from < earliest ? earliest : from };
}
