import Dexie from 'dexie';
import { getDb } from '../db/db';
import { loadMatchData } from './load';
import { MatchService, type MatchAnswer, type MatchQuery } from './service';
import { MATCH_TABLES } from './tables';

export interface MatchClient {
  ask(query: MatchQuery): Promise<MatchAnswer>;
  invalidate(): void;
}

/** Talks to the matching Web Worker: one request id per query, answers matched back by id. */
function workerClient(worker: Worker): MatchClient {
  let next = 1;
  const waiting = new Map<number, { resolve: (a: MatchAnswer) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; answer?: MatchAnswer; error?: string }>) => {
    const pending = waiting.get(event.data.id);
    if (!pending) return;
    waiting.delete(event.data.id);
    if (event.data.answer) pending.resolve(event.data.answer);
    else pending.reject(new Error(event.data.error ?? 'matching failed'));
  };
  worker.onerror = (event) => {
    for (const p of waiting.values()) p.reject(new Error(event.message || 'matching worker failed'));
    waiting.clear();
  };
  return {
    ask: (query) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, query });
      }),
    invalidate: () => worker.postMessage({ invalidate: true }),
  };
}

/** The same service in the page, for environments without Workers (unit tests). */
export function inPageClient(service = new MatchService(() => loadMatchData(getDb()))): MatchClient {
  return { ask: (query) => service.answer(query), invalidate: () => service.invalidate() };
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
 * here, a pull from the county, another window) marks the prepared data stale.
 */
export function getMatchClient(): MatchClient {
  if (client) return client;
  const made =
    typeof Worker === 'undefined'
      ? inPageClient()
      : workerClient(new Worker(new URL('./match.worker.ts', import.meta.url), { type: 'module', name: 'matching' }));
  const dbName = getDb().name;
  Dexie.on('storagemutated', (parts) => {
    const keys = Object.keys(parts);
    if (!keys.some((k) => MATCH_TABLES.some((t) => k.startsWith(`idb://${dbName}/${t}/`)))) return;
    made.invalidate();
    dataVersion += 1;
    for (const listener of listeners) listener();
  });
  client = made;
  return made;
}
