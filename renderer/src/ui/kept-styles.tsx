import { createCache, StyleProvider } from '@ant-design/cssinjs';
import type { ReactNode } from 'react';

type StyleCache = ReturnType<typeof createCache>;

/**
 * Ant Design's style cache, changed to keep what it made. Ant Design writes each component's CSS the first time
 * one of its kind mounts (style objects built from the theme, serialised, hashed) and puts it in the page; when
 * the last one of that kind unmounts, the CSS stays in the page but the cache forgets it, so the next screen
 * that shows that kind builds the same CSS again. Staff move between the same few screens all day: a person's
 * page spent about a third of its opening time rebuilding the form's CSS left by the previous visit. Here an
 * entry whose last user unmounted stays, with no users; the next mount takes it as it is. What it keeps is the
 * text already in the page's style elements, one entry per component kind and theme.
 */
export function keptStyleCache(): StyleCache {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, valueFn) =>
    update(key, (previous) => {
      const next = valueFn(previous);
      // [users, value]: nobody uses it any more, but the value stays for the next mount.
      return next === null && previous ? [0, previous[1]] : next;
    });
  return cache;
}

const KEPT = keptStyleCache();

/** Ant Design's components below keep their generated CSS across screens. */
export function KeptStyles({ children }: { readonly children: ReactNode }) {
  return <StyleProvider cache={KEPT}>{children}</StyleProvider>;
}
