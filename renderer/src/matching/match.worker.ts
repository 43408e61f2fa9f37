import { getDb } from '../db/db';
import { loadMatchData } from './load';
import { MatchService, type MatchQuery } from './service';

/**
 * The matching Web Worker: it opens the station's IndexedDB itself, prepares everyone once per change and
 * answers queries, so ranking 100,000 people never blocks typing. Messages: `{ id, query }` → `{ id, answer }`
 * or `{ id, error }`; `{ invalidate: true }` after any write to the tables it reads.
 */
type Incoming = { readonly id: number; readonly query: MatchQuery } | { readonly invalidate: true };
const scope = self as unknown as {
  onmessage: (event: MessageEvent<Incoming>) => void;
  postMessage: (message: unknown) => void;
};

const service = new MatchService(() => loadMatchData(getDb()));

scope.onmessage = (event) => {
  const message = event.data;
  if ('invalidate' in message) {
    service.invalidate();
    return;
  }
  service.answer(message.query).then(
    (answer) => scope.postMessage({ id: message.id, answer }),
    (error: unknown) =>
      scope.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
