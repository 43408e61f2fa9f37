import { getDb } from '../db/db';
import type { MatchChanges } from './changes';
import { MatchService, type MatchQuery } from './service';
import { MatchStore } from './store';

/**
 * The matching Web Worker: it opens the station's IndexedDB itself, keeps everyone prepared and answers
 * queries, so ranking 100,000 people never blocks typing. Messages: `{ id, query }` → `{ id, progress }` while a
 * whole side is being prepared, then `{ id, answer }` or `{ id, error }`; `{ changes }` after every write to the
 * tables it reads (which records, by table). After its first answer it prepares the rest in the background.
 */
type Incoming = { readonly id: number; readonly query: MatchQuery } | { readonly changes: MatchChanges };
const scope = self as unknown as {
  onmessage: (event: MessageEvent<Incoming>) => void;
  postMessage: (message: unknown) => void;
};

const store = new MatchStore(getDb());
const service = new MatchService(store);
let answered = false;

scope.onmessage = (event) => {
  const message = event.data;
  if ('changes' in message) {
    store.noteChanges(message.changes);
    if (answered) store.warm();
    return;
  }
  const { id } = message;
  service
    .answer(message.query, (progress) => scope.postMessage({ id, progress }))
    .then(
      (answer) => {
        scope.postMessage({ id, answer });
        answered = true;
        store.warm();
      },
      (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
};
