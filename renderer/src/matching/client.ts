import { getDb } from '../db/db';
import { watchMatchChanges, type MatchChanges } from './changes';
import { MatchService, type MatchAnswer, type MatchQuery } from './service';
import { MatchStore, type MatchProgress } from './store';

export interface MatchClient {
  /** `onProgress` hears how far a whole side is while the answer waits for it to be prepared */
  ask(query: MatchQuery, onProgress?: (progress: MatchProgress) => void): Promise<MatchAnswer>;
  noteChanges(changes: MatchChanges): void;
  /** read and prepare the postings ahead of the first query (someone logged in) */
  warm(): void;
}

interface Waiting {
  readonly resolve: (a: MatchAnswer) => void;
  readonly reject: (e: Error) => void;
  readonly onProgress: ((progress: MatchProgress) => void) | undefined;
}
interface Reply {
  readonly id: number;
  readonly answer?: MatchAnswer;
  readonly progress?: MatchProgress;
  readonly error?: string;
}

/** Talks to the matching Web Worker: one request id per query, answers and progress matched back by id. */
function workerClient(worker: Worker): MatchClient {
  let next = 1;
  const waiting = new Map<number, Waiting>();
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    if (event.data.progress) {
      pending.onProgress?.(event.data.progress);
      return;
    }
    waiting.delete(event.data.id);
    if (event.data.answer) pending.resolve(event.data.answer);
    else pending.reject(new Error(event.data.error ?? 'matching failed'));
  };
  worker.onerror = (event) => {
    for (const p of waiting.values()) p.reject(new Error(event.message || 'matching worker failed'));
    waiting.clear();
  };
  return {
    ask: (query, onProgress) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject, onProgress });
        worker.postMessage({ id, query });
      }),
    noteChanges: (changes) => worker.postMessage({ changes }),
    warm: () => worker.postMessage({ warm: true }),
  };
}

/** The same service in the page, for environments without Workers (unit tests). */
export function inPageClient(service = new MatchService(new MatchStore(getDb()))): MatchClient {
  const store = service.store;
  return {
    ask: (query, onProgress) => service.answer(query, onProgress),
    noteChanges: (c) => store.noteChanges(c),
    warm: () => store.warm(['jobs']),
  };
}

let client: MatchClient | null = null;

/** Bumped on every change to what matching reads, so screens showing results ask again. */
let dataVersion = 0;
const listeners = new Set<() => void>();
export const matchDataVersion = (): number => dataVersion;
export function subscribeMatchData(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The app's match client: a Web Worker where there is one. Every write to a table matching reads (a command
 * here, a pull from the county, an import, another window) is passed on with the ids it wrote, so the worker
 * prepares only those records again.
 */
export function getMatchClient(): MatchClient {
  if (client) return client;
  const made =
    typeof Worker === 'undefined'
      ? inPageClient()
      : workerClient(new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module', name: 'matching' }));
  watchMatchChanges(getDb().name, (changes) => {
    made.noteChanges(changes);
    dataVersion += 1;
    for (const listener of listeners) listener();
  });
  client = made;
  return made;
}
