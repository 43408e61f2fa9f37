import { err, type Result } from '#shared/result';
import type { CommandEnv } from '../db/commands/command';
import { importJobBatch } from '../db/commands/employers';
import { importSeekerBatch } from '../db/commands/seekers';
import { saveInBatches, type SaveOptions, type SaveReport, type SheetRow } from './save-in-batches';
import type { SaveRequest } from './table-save-protocol';

type BatchResult = Result<{ readonly added: number; readonly already: number }>;

/** A batch whose command threw (never expected: commands answer with values) is reported like any failed one. */
const settled = (saving: Promise<BatchResult>): Promise<BatchResult> =>
  saving.catch((error: unknown) => err('command.failed', error instanceof Error ? error.message : String(error)));

/**
 * Saves a checked file's rows batch by batch with the import commands (each batch one command: records, outbox
 * and audit in one transaction). The same code runs in the save's Web Worker, with a database connection of its
 * own, and, where there is no Worker (unit tests), in the page.
 */
export function saveTableRows(
  env: CommandEnv,
  request: SaveRequest,
  options: SaveOptions = {},
): Promise<SaveReport<SheetRow>> {
  if (request.kind === 'jobs') {
    const save = (batch: typeof request.rows) => settled(importJobBatch(env, request.actor, batch));
    return saveInBatches(request.rows, save, options);
  }
  const save = (batch: typeof request.rows) => settled(importSeekerBatch(env, request.actor, batch));
  return saveInBatches(request.rows, save, options);
}
