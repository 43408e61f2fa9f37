import { useCallback, useEffect, useState } from 'react';
import { getJson } from './client';
import type { Refusal } from './types';

export interface ApiState<T> {
  data: T | undefined;
  error: Refusal | null;
  loading: boolean;
  reload: () => void;
}

interface Answered<T> {
  /** The request this answers (path and reload round). */
  key: string;
  data: T | undefined;
  error: Refusal | null;
}

/**
 * Reads `path` from the console API, again whenever it changes (a filter, a page) or on `reload`; `null`
 * reads nothing. The last answer stays shown while the next one loads, so a table does not jump.
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [round, setRound] = useState(0);
  const [answered, setAnswered] = useState<Answered<T>>({ key: '', data: undefined, error: null });
  const key = path === null ? '' : `${round}:${path}`;

  useEffect(() => {
    if (path === null) return;
    const abort = new AbortController();
    const asked = `${round}:${path}`;
    void getJson<T>(path, abort.signal).then((answer) => {
      if (abort.signal.aborted) return;
      setAnswered((last) =>
        answer.ok
          ? { key: asked, data: answer.value, error: null }
          : { key: asked, data: last.data, error: answer.error },
      );
    });
    return () => abort.abort();
  }, [path, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data: answered.data, error: answered.error, loading: path !== null && answered.key !== key, reload };
}
