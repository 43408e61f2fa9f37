import { err } from '#shared/result';
import { checkTableFile } from './table-check';
import type { CheckerEnd, FromChecker, ToChecker } from './table-check-protocol';

/** The worker's side: checks the file it is sent, tells its progress, asks for the registered ID numbers. */
export function serveTableChecks(scope: CheckerEnd<ToChecker, FromChecker>): void {
  let answer: ((idNumbers: ReadonlySet<string>) => void) | null = null;
  scope.onmessage = (event) => {
    const message = event.data;
    if (message.type === 'registered') {
      answer?.(new Set(message.idNumbers));
      answer = null;
      return;
    }
    checkTableFile(message.request, {
      progress: (progress) => scope.postMessage({ type: 'progress', progress }),
      registered: (idNumbers) =>
        new Promise((resolve) => {
          answer = resolve;
          scope.postMessage({ type: 'lookup', idNumbers });
        }),
    }).then(
      (result) => scope.postMessage({ type: 'done', result }),
      (error: unknown) =>
        scope.postMessage({
          type: 'done',
          result: err('import.unreadable', error instanceof Error ? error.message : String(error)),
        }),
    );
  };
}
