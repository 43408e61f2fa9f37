import { err, type Result } from '#shared/result';
import { checkTableFile, type CheckOutcome, type CheckPorts, type CheckRequest } from './table-check';
import type { PageWorker, FromChecker, ToChecker } from './table-check-protocol';

/** The page's handle on a check worker. */
export type CheckerWorker = PageWorker<FromChecker, ToChecker>;

const newCheckerWorker = (): CheckerWorker | null =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./table-check.worker.ts', import.meta.url), { type: 'module', name: 'table-check' });

const stopped = (): Result<CheckOutcome> => err('import.unreadable', 'The check was stopped');

/**
 * Checks a chosen file off the page's thread: a Web Worker of its own, ended when the answer is in (or when
 * `signal` aborts: leaving the screen, choosing another file). Progress and the look-up of registered ID
 * numbers go through `ports`, on the page. Without Workers (unit tests) the same check runs in the page.
 */
export function checkInBackground(
  request: CheckRequest,
  ports: CheckPorts,
  signal?: AbortSignal,
  makeWorker: () => CheckerWorker | null = newCheckerWorker,
): Promise<Result<CheckOutcome>> {
  if (signal?.aborted) return Promise.resolve(stopped());
  const worker = makeWorker();
  if (!worker) return checkTableFile(request, ports);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Result<CheckOutcome>) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      resolve(result);
    };
    const abort = () => finish(stopped());
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event) => {
      const message = event.data;
      if (message.type === 'progress') ports.progress(message.progress);
      else if (message.type === 'lookup')
        ports.registered(message.idNumbers).then(
          (found) => worker.postMessage({ type: 'registered', idNumbers: [...found] }),
          (error: unknown) => finish(err('import.unreadable', error instanceof Error ? error.message : String(error))),
        );
      else finish(message.result);
    };
    worker.onerror = (event) => finish(err('import.unreadable', event.message || 'The check worker failed'));
    // The bytes move to the worker (transferred, not copied); the page has no more use for them.
    const transfer = request.bytes.byteOffset === 0 && request.bytes.byteLength === request.bytes.buffer.byteLength;
    worker.postMessage(
      { type: 'check', request },
      transfer && request.bytes.buffer instanceof ArrayBuffer ? [request.bytes.buffer] : [],
    );
  });
}
