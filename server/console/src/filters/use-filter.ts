import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { filterFromSearch, type ConsoleFilter } from './period';

/**
 * The console's filter, kept in the page's address: a link, a bookmark or the back button brings it back.
 * Changing it goes back to the first page of a list.
 */
export function useConsoleFilter() {
  const [search, setSearch] = useSearchParams();
  // "This month" is the month the screen opened in.
  const [openedAt] = useState(Date.now);
  const filter = useMemo(() => filterFromSearch(search, openedAt), [search, openedAt]);

  const setFilter = useCallback(
    (change: Partial<Record<keyof ConsoleFilter, string | undefined>>) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        next.delete('page');
        return next;
      }),
    [setSearch],
  );

  /** Sets (or with `undefined`, removes) any of the address's parameters, a screen's own ones too. */
  const setParams = useCallback(
    (change: Readonly<Record<string, string | undefined>>, keepPage = false) =>
      setSearch((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!keepPage && !('page' in change)) next.delete('page');
        return next;
      }),
    [setSearch],
  );

  return { filter, search, setFilter, setParams };
}
