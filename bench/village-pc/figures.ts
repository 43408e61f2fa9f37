// Pure helpers of the village-PC benchmark: percentiles, long tasks within the timed phases, and the scripts
// the built page names in its HTML before any code runs.

/** The p-th percentile (nearest rank) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export interface Phase {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

/** Per phase, the long tasks over `overMs` that ran (at least partly) inside it. */
export function longTasksByPhase(
  tasks: readonly LongTask[],
  phases: readonly Phase[],
  overMs: number,
): Record<string, LongTask[]> {
  const out: Record<string, LongTask[]> = {};
  for (const phase of phases)
    out[phase.name] = tasks.filter(
      (t) => t.duration > overMs && t.start < phase.to && t.start + t.duration > phase.from,
    );
  return out;
}

/**
 * The scripts index.html loads before the app runs: its module entry and the chunks it preloads, as paths
 * relative to the HTML's folder, in order.
 */
export function initialScripts(html: string): string[] {
  const found: string[] = [];
  const tag = /<(script|link)\b[^>]*>/gi;
  for (const [element, name] of html.matchAll(tag)) {
    const attr = (key: string) => new RegExp(`\\b${key}\\s*=\\s*"([^"]*)"`, 'i').exec(element)?.[1];
    const path =
      name?.toLowerCase() === 'script'
        ? attr('type') === 'module'
          ? attr('src')
          : undefined
        : attr('rel') === 'modulepreload'
          ? attr('href')
          : undefined;
    if (path) found.push(path.replace(/^\.\//, ''));
  }
  return [...new Set(found)];
}

/** Milliseconds rounded for the table: whole above 10, one decimal below. */
export function roundMs(ms: number): number {
  return ms >= 10 ? Math.round(ms) : Math.round(ms * 10) / 10;
}
