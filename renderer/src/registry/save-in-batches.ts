import type { AppError, Result } from '#shared/result';

/**
 * Saving the checked rows of a large file: a few thousand rows per command (one transaction each), so a slow
 * PC shows progress and stays usable between them. A batch lands whole or not at all; one that fails is
 * reported with its rows and why, and the batches after it still go in. The rows not saved come back in
 * `left` with the ids they were given, so saving them again (a retry) never stores anything twice.
 */
export const IMPORT_BATCH_ROWS = 2_000;

export interface SheetRow {
  /** the row as the person sees it in Excel (the header is row 1) */
  readonly row: number;
}

export interface BatchFailure {
  /** the sheet rows of the batch, none of which went in */
  readonly rows: readonly number[];
  readonly error: AppError;
}

export interface SaveProgress {
  readonly saved: number;
  readonly failed: number;
  readonly total: number;
}

export interface SaveReport<T extends SheetRow> extends SaveProgress {
  readonly failures: readonly BatchFailure[];
  /** rows not saved: those of failed batches and, when stopped, those not tried */
  readonly left: readonly T[];
  /** `shouldStop` said so before every batch was tried */
  readonly stopped: boolean;
}

export interface SaveOptions {
  readonly batchRows?: number;
  readonly onProgress?: (progress: SaveProgress) => void;
  /** asked before each batch: leaving the screen stops the import after the batch being written */
  readonly shouldStop?: () => boolean;
  /** between batches: lets the page draw the progress and answer clicks */
  readonly pause?: () => Promise<void>;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export async function saveInBatches<T extends SheetRow>(
  rows: readonly T[],
  save: (batch: readonly T[]) => Promise<Result<{ readonly added: number; readonly already: number }>>,
  options: SaveOptions = {},
): Promise<SaveReport<T>> {
  const size = Math.max(1, options.batchRows ?? IMPORT_BATCH_ROWS);
  const pause = options.pause ?? nextTask;
  const failures: BatchFailure[] = [];
  const left: T[] = [];
  let saved = 0;
  let failed = 0;
  let stopped = false;
  for (let start = 0; start < rows.length; start += size) {
    if (options.shouldStop?.()) {
      stopped = true;
      left.push(...rows.slice(start));
      break;
    }
    const batch = rows.slice(start, start + size);
    const result = await save(batch);
    if (result.ok) saved += batch.length;
    else {
      failed += batch.length;
      failures.push({ rows: batch.map((r) => r.row), error: result.error });
      left.push(...batch);
    }
    options.onProgress?.({ saved, failed, total: rows.length });
    await pause();
  }
  return { saved, failed, total: rows.length, failures, left, stopped };
}
