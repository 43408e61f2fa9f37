import type { Actor } from '../db/commands/command';
import type { ImportRow } from '../db/commands/import-row';
import type { JobInput } from '../db/commands/employers';
import type { SeekerInput } from '../db/commands/seekers';
import type { SaveProgress, SaveReport, SheetRow } from './save-in-batches';

export type SeekerImportRow = ImportRow<Omit<SeekerInput, 'id'>> & SheetRow;
export type JobImportRow = ImportRow<Omit<JobInput, 'id'>> & SheetRow;

/** What to save: the checked rows of one file, the kind of records they become, and who imports them. */
export type SaveRequest =
  | { readonly kind: 'seekers'; readonly actor: Actor; readonly rows: readonly SeekerImportRow[] }
  | { readonly kind: 'jobs'; readonly actor: Actor; readonly rows: readonly JobImportRow[] };

/**
 * The messages between the page and the save's Web Worker. One worker saves one file's rows:
 *   page → worker  `ready` while the file is being checked (open the database, load what saving needs, so the
 *                  save starts at once), `save` (the rows), and `stop` when the page is left (the batch being
 *                  written still lands)
 *   worker → page  `progress` after each batch; at last `done` with the report, after which the page ends it.
 */
export type ToSaver =
  | { readonly type: 'ready' }
  | { readonly type: 'save'; readonly request: SaveRequest; readonly batchRows?: number }
  | { readonly type: 'stop' };

export type FromSaver =
  | { readonly type: 'progress'; readonly progress: SaveProgress }
  | { readonly type: 'done'; readonly report: SaveReport<SheetRow> };
