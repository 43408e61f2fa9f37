import { useEffect, useState, useSyncExternalStore } from 'react';
import { getMatchClient, matchDataVersion, subscribeMatchData } from '../../matching/client';
import type { MatchAnswer, MatchQuery } from '../../matching/service';

export type MatchState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly answer: MatchAnswer }
  | { readonly status: 'error'; readonly message: string };

/**
 * Asks the matching worker and keeps the newest answer. Asks again when the query changes or when anything
 * matching reads changes (a new posting, an edit, a pull from the county). Old answers never overwrite newer
 * ones. `null` asks nothing.
 */
export function useMatch(query: MatchQuery | null): MatchState {
  const version = useSyncExternalStore(subscribeMatchData, matchDataVersion);
  const key = query ? JSON.stringify(query) : '';
  const [state, setState] = useState<{ key: string; version: number; value: MatchState }>({
    key: '',
    version: -1,
    value: { status: 'loading' },
  });
  useEffect(() => {
    if (!key) return;
    let current = true;
    getMatchClient()
      .ask(JSON.parse(key) as MatchQuery)
      .then(
        (answer) => current && setState({ key, version, value: { status: 'done', answer } }),
        (error: unknown) =>
          current &&
          setState({
            key,
            version,
            value: { status: 'error', message: error instanceof Error ? error.message : String(error) },
          }),
      );
    return () => {
      current = false;
    };
  }, [key, version]);
  // While a changed query is on its way, say so rather than show the previous query's answer.
  return state.key === key ? state.value : { status: 'loading' };
}
