import { createCache, StyleProvider } from '@ant-design/cssinjs';
import type { ReactNode } from 'react';

type StyleCache = ReturnType<typeof createCache>;

/** The cache entries of components' generated CSS (the others hold theme tokens and CSS variables). */
const STYLE_ENTRY = 'style%';

/**
 * Ant Design's style cache, changed to keep the CSS it generated. Ant Design writes each component's CSS the
 * first time one of its kind mounts (style objects built from the theme, serialised, hashed) and puts it in the
 * page; when the last one of that kind unmounts, the CSS stays in the page but the cache forgets it, so the next
 * screen that shows that kind builds the same CSS again — on a slow PC a large part of opening a screen staff
 * have opened many times that day. Here a style entry whose last user unmounted stays, with no users, and the
 * next mount takes it as it is: what it keeps is the text already in the page's style elements, one entry per
 * component kind and theme. Theme tokens and CSS variables are counted and removed as Ant Design does (their
 * clean-up depends on it).
 */
export function keptStyleCache(): StyleCache {
  const cache = createCache();
  const update = cache.opUpdate.bind(cache);
  cache.opUpdate = (key, valueFn) =>
    update(key, (previous) => {
      const next = valueFn(previous);
      // [users, value]: nobody uses it any more, but the value stays for the next mount.
      return next === null && previous && key.startsWith(STYLE_ENTRY) ? [0, previous[1]] : next;
    });
  return cache;
}

const KEPT = keptStyleCache();

/** Ant Design's components below keep their generated CSS across screens. */
export function KeptStyles({ children }: { readonly children: ReactNode }) {
  return <StyleProvider cache={KEPT}>{children}</StyleProvider>;
}
