import type { CheckerEnd } from '../registry/table-check-protocol';

/** The page's handle on an in-memory worker: what it was sent, and whether it was ended. */
export interface InMemoryWorker<In, Out> extends CheckerEnd<In, Out> {
  readonly sent: Out[];
  terminated: boolean;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/**
 * A worker without threads: the page's end and the worker's end of a protocol joined in memory, every message
 * cloned as postMessage clones it (so what crosses must be cloneable) and delivered on a later task. `serve`
 * sets up the worker's end, as the worker's script does.
 */
export function inMemoryWorker<ToWorker, FromWorker>(
  serve: (scope: CheckerEnd<ToWorker, FromWorker>) => void,
): InMemoryWorker<FromWorker, ToWorker> {
  const deliver = <M>(target: { onmessage: ((e: MessageEvent<M>) => void) | null }, message: M) =>
    setTimeout(() => target.onmessage?.(new MessageEvent('message', { data: structuredClone(message) })), 0);
  const scope: CheckerEnd<ToWorker, FromWorker> = {
    onmessage: null,
    postMessage: (message) => {
      if (!page.terminated) deliver(page, message);
    },
  };
  const page: InMemoryWorker<FromWorker, ToWorker> = {
    sent: [],
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      page.sent.push(message);
      deliver(scope, message);
    },
    terminate: () => {
      page.terminated = true;
    },
  };
  serve(scope);
  return page;
}
