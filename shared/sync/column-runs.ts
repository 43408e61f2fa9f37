/**
 * Row lists of the compact batch encoding (./columns.ts), written as runs. Layout 1: [start, length, …], a
 * run of consecutive rows each. Layout 2: [start, length, step, …], a run of rows `step` apart each — every
 * other row (a record and its audit entry alternate) is one run. Pure.
 */
export type Layout = 1 | 2;

const width = (layout: Layout): number => (layout === 1 ? 2 : 3);

export function toRuns(rows: readonly number[], layout: Layout): number[] {
  const runs: number[] = [];
  let i = 0;
  while (i < rows.length) {
    const start = rows[i] as number;
    const next = rows[i + 1];
    const step = layout === 2 && next !== undefined ? next - start : 1;
    let length = 1;
    while (i + length < rows.length && (rows[i + length] as number) === start + length * step) length += 1;
    runs.push(start, length);
    if (layout === 2) runs.push(step);
    i += length;
  }
  return runs;
}

/** The rows of `runs` (ascending, each below `count`), or null when they are not. */
export function fromRuns(runs: readonly number[], count: number, layout: Layout): number[] | null {
  const w = width(layout);
  if (runs.length % w !== 0) return null;
  const rows: number[] = [];
  for (let i = 0; i < runs.length; i += w) {
    const start = runs[i] as number;
    const length = runs[i + 1] as number;
    const step = layout === 2 ? (runs[i + 2] as number) : 1;
    if (step < 1 || length < 1 || rows.length + length > count) return null;
    const last = start + (length - 1) * step;
    if (last >= count || (rows.length > 0 && start <= (rows.at(-1) as number))) return null;
    for (let r = start; r <= last; r += step) rows.push(r);
  }
  return rows;
}
