import { getDb } from '../db/db';
import type { MatchChanges } from './changes';
import { MatchService, type MatchQuery } from './service';
import { MatchStore, type MatchProgress } from './store';

/**
 * The matching Web Worker: it opens the station's IndexedDB itself, keeps everyone prepared and answers
 * queries, so ranking 100,000 people never blocks typing. Messages: `{ id, query }` → `{ id, progress }` while a
 * whole side is being prepared, then `{ id, answer }` or `{ id, error }`; `{ changes }` after every write to the
 * tables it reads (which records, by table); `{ warm }` at log-in, to read and prepare the postings ahead. After
 * its first answer it prepares the rest in the background.
 */
type Incoming =
  | { readonly id: number; readonly query: MatchQuery }
  | { readonly changes: MatchChanges }
  /** someone logged in: read and prepare the postings before the first person's list is asked for */
  | { readonly warm: true };
const scope = self as unknown as {
  onmessage: (event: MessageEvent<Incoming>) => void;
  postMessage: (message: unknown) => void;
};

const PROGRESS_MS = 750;
const store = new MatchStore(getDb());
const service = new MatchService(store);
let answered = false;

scope.onmessage = (event) => {
  const message = event.data;
  if ('warm' in message) {
    store.warm(['jobs']);
    return;
  }
  if ('changes' in message) {
    store.noteChanges(message.changes);
    if (answered) store.warm();
    return;
  }
  const { id } = message;
  // Progress at most every PROGRESS_MS: each message redraws the waiting page, on a slow PC a cost of its own.
  let told = Number.NEGATIVE_INFINITY;
  const onProgress = (progress: MatchProgress) => {
    const now = performance.now();
    if (now - told < PROGRESS_MS) return;
    told = now;
    scope.postMessage({ id, progress });
  };
  service.answer(message.query, onProgress).then(
    (answer) => {
      scope.postMessage({ id, answer });
      answered = true;
      store.warm();
    },
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
