/**
 * How a long check of a spreadsheet says how far it has come: `(checked, total)` in data rows (the header not
 * counted), every PROGRESS_EVERY rows and once at the end, so a screen can show 已检查 3,000 / 10,000 行.
 */
export type RowProgress = (checked: number, total: number) => void;

export const PROGRESS_EVERY = 250;

/** A ticker for `total` rows: `tick(i)` before row i (0-based) and `end()` after the last. */
export function rowTicker(total: number, report: RowProgress | undefined) {
  return {
    tick: (i: number): void => {
      if (report && i > 0 && i % PROGRESS_EVERY === 0) report(i, total);
    },
    end: (): void => report?.(total, total),
  };
}
