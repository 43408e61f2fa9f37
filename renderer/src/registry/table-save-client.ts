import type { CommandEnv } from '../db/commands/command';
import { appEnv } from '../db/commands/env';
import type { SaveOptions, SaveReport } from './save-in-batches';
import type { PageWorker } from './table-check-protocol';
import { saveTableRows } from './table-save';
import type { FromSaver, SaveRequest, ToSaver } from './table-save-protocol';

/** The page's handle on a save worker. */
export type SaverWorker = PageWorker<FromSaver, ToSaver>;

const startSaverWorker = (): SaverWorker | null =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./table-save.worker.ts', import.meta.url), { type: 'module', name: 'table-save' });

/** A save worker started ahead (`readySaver`), waiting for the rows. */
let spare: SaverWorker | null = null;

/**
 * Starts the save's worker while a file is being checked: it loads its code, opens the database and loads the
 * pinyin meanwhile, so that confirming the import starts writing at once. One waits at most; the next save
 * takes it.
 */
export function readySaver(start: () => SaverWorker | null = startSaverWorker): void {
  if (spare) return;
  spare = start();
  spare?.postMessage({ type: 'ready' });
}

/** The worker started ahead, else a new one. */
export function takeSaver(start: () => SaverWorker | null = startSaverWorker): SaverWorker | null {
  const ready = spare;
  spare = null;
  return ready ?? start();
}

type RowOf<R extends SaveRequest> = R['rows'][number];

/**
 * Saves a checked file's rows off the page's thread: a Web Worker of its own, with its own connection to the
 * station's database, runs the import commands batch by batch and tells the progress; the page's lists follow
 * through Dexie's change notices. `signal` aborting (the page left) stops it after the batch being written.
 * Without Workers (unit tests), or should the worker fail, the rows are saved in the page: the commands skip the
 * rows stored already, so nothing lands twice.
 */
export function saveInBackground<R extends SaveRequest>(
  request: R,
  options: Omit<SaveOptions, 'shouldStop'> = {},
  signal?: AbortSignal,
  makeWorker: () => SaverWorker | null = takeSaver,
  pageEnv: () => CommandEnv = appEnv,
): Promise<SaveReport<RowOf<R>>> {
  const inPage = () =>
    saveTableRows(pageEnv(), request, { ...options, shouldStop: () => signal?.aborted === true }) as Promise<
      SaveReport<RowOf<R>>
    >;
  const worker = makeWorker();
  if (!worker) return inPage();
  return new Promise((resolve) => {
    const stop = () => worker.postMessage({ type: 'stop' });
    const finish = (report: Promise<SaveReport<RowOf<R>>>) => {
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      resolve(report);
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop);
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else finish(Promise.resolve(message.report as SaveReport<RowOf<R>>));
    };
    worker.onerror = (event) => {
      console.error('The save worker failed; saving in the page', event.message);
      finish(inPage());
    };
    worker.postMessage({ type: 'save', request, batchRows: options.batchRows });
  });
}
