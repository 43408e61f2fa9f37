import type { CommandEnv } from '../db/commands/command';
import type { CheckerEnd } from './table-check-protocol';
import { saveTableRows } from './table-save';
import type { FromSaver, ToSaver } from './table-save-protocol';

/**
 * The worker's side: saves the rows it is sent, telling its progress after each batch. A `stop` (the page was
 * left) ends it after the batch being written; the report then holds the rows not tried. `ready` starts
 * `prepare` (opening the database, loading the pinyin) while the page still checks the file; a failure there
 * is left to the save, which does the same work again and reports it.
 */
export function serveTableSaves(
  scope: CheckerEnd<ToSaver, FromSaver>,
  env: () => CommandEnv,
  prepare: () => Promise<unknown> = async () => undefined,
): void {
  let stop = false;
  scope.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'ready') {
      void prepare().catch(() => undefined);
      return;
    }
    if (message.type === 'stop') {
      stop = true;
      return;
    }
    void saveTableRows(env(), message.request, {
      batchRows: message.batchRows,
      onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
      shouldStop: () => stop,
    }).then((report) => scope.postMessage({ type: 'done', report }));
  };
}
