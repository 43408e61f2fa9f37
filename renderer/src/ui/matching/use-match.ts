import { useEffect, useState, useSyncExternalStore } from 'react';
import { getMatchClient, matchDataVersion, subscribeMatchData } from '../../matching/client';
import type { MatchAnswer, MatchQuery } from '../../matching/service';
import type { MatchProgress } from '../../matching/store';

export type MatchState =
  /** `progress`: the answer waits for a whole side to be prepared, this far */
  | { readonly status: 'loading'; readonly progress?: MatchProgress }
  | { readonly status: 'done'; readonly answer: MatchAnswer }
  | { readonly status: 'error'; readonly message: string };

/**
 * Asks the matching worker and keeps the newest answer. Asks again when the query changes or when anything
 * matching reads changes (a new posting, an edit, a pull from the county). Old answers never overwrite newer
 * ones. While the answer waits for a whole side to be prepared, the state says how far that is. `null` asks
 * nothing.
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
    const onProgress = (progress: MatchProgress) =>
      current && setState({ key, version, value: { status: 'loading', progress } });
    getMatchClient()
      .ask(JSON.parse(key) as MatchQuery, onProgress)
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
