import type { Refusal } from './types';

/** Where the console's API lives on the server that served the page. */
export const API = '/api/v1/console';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: Refusal };

/** The query string of a filter: empty values are left out. */
export function queryString(params: Readonly<Record<string, string | number | undefined | null>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Listener = (refusal: Refusal) => void;
const sessionListeners = new Set<Listener>();

/** Called when an answer says the session is gone (401): the app goes back to the log-in page. */
export function onSessionLost(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

const NETWORK: Omit<Refusal, 'status'> = {
  error: 'network',
  message: 'The county server cannot be reached. Check the network and try again.',
  messageZh: '连不上县服务器，请检查网络后重试',
};

/** A refusal from an answer that is not 2xx, in the server's words when it gave any. */
export async function refusalOf(response: Response): Promise<Refusal> {
  let body: Partial<Refusal> = {};
  try {
    body = (await response.json()) as Partial<Refusal>;
  } catch {
    // not JSON: the generic words below
  }
  const refusal: Refusal = {
    status: response.status,
    error: typeof body.error === 'string' ? body.error : `http.${response.status}`,
    message: typeof body.message === 'string' ? body.message : `The server answered ${response.status}`,
    messageZh: typeof body.messageZh === 'string' ? body.messageZh : `服务器出错（${response.status}），请稍后再试`,
    ...(typeof body.unlocksAt === 'number' ? { unlocksAt: body.unlocksAt } : {}),
  };
  if (response.status === 401 && !response.url.endsWith(`${API}/login`))
    for (const listener of sessionListeners) listener(refusal);
  return refusal;
}

/** A request to the console API; expected failures (a refusal, no network) are values. */
export async function request(path: string, init: RequestInit = {}): Promise<ApiResult<Response>> {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, { credentials: 'same-origin', ...init });
  } catch {
    return { ok: false, error: { status: 0, ...NETWORK } };
  }
  if (!response.ok) return { ok: false, error: await refusalOf(response) };
  return { ok: true, value: response };
}

async function fetchJson<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  const answer = await request(path, signal ? { signal } : {});
  if (!answer.ok) return answer;
  return { ok: true, value: (await answer.value.json()) as T };
}

/** Answers asked for before the screen that reads them is drawn, each taken by the first read of its path. */
const early = new Map<string, { readonly at: number; readonly answer: Promise<ApiResult<unknown>> }>();
/** An early answer older than this is asked for again. */
const EARLY_MS = 10_000;

/** Asks for `path` now, for a screen about to be drawn (the dashboard right after log-in). */
export function prefetchJson(path: string): void {
  if (!early.has(path)) early.set(path, { at: Date.now(), answer: fetchJson(path) });
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<ApiResult<T>> {
  const asked = early.get(path);
  early.delete(path);
  if (asked && Date.now() - asked.at < EARLY_MS) return asked.answer as Promise<ApiResult<T>>;
  return fetchJson<T>(path, signal);
}

export async function postJson<T>(path: string, body: unknown = {}): Promise<ApiResult<T>> {
  const answer = await request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!answer.ok) return answer;
  return { ok: true, value: (await answer.value.json()) as T };
}
