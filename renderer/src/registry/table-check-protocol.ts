import type { Result } from '#shared/result';
import type { CheckOutcome, CheckProgress, CheckRequest } from './table-check';

/**
 * The messages between the page and the check's Web Worker. One worker checks one file:
 *   page → worker  `check` (the file's bytes transferred, not copied)
 *   worker → page  `progress` … ; for seekers once `lookup` (the file's ID numbers), answered by `registered`;
 *                  at last `done` with the outcome or the error, after which the page ends the worker.
 */
export type ToChecker =
  | { readonly type: 'check'; readonly request: CheckRequest }
  | { readonly type: 'registered'; readonly idNumbers: readonly string[] };

export type FromChecker =
  | { readonly type: 'progress'; readonly progress: CheckProgress }
  | { readonly type: 'lookup'; readonly idNumbers: readonly string[] }
  | { readonly type: 'done'; readonly result: Result<CheckOutcome> };

/** Either side of the channel: a Worker seen from the page, or the worker's own scope. */
export interface CheckerEnd<In, Out> {
  postMessage(message: Out, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<In>) => void) | null;
}

/** The page's end of a worker: the channel, and what tells it the worker failed or ends it. */
export interface PageWorker<In, Out> extends CheckerEnd<In, Out> {
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}
