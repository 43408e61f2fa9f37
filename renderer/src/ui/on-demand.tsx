import { lazy, useState, type ComponentType } from 'react';

/** A component whose code is fetched the first time it is needed, and which can be fetched ahead. */
export interface OnDemand<P extends object> {
  readonly Component: ComponentType<P>;
  /** fetches the code now (for example while the log-in screen waits for the PIN) */
  readonly preload: () => Promise<void>;
}

/**
 * A component loaded on demand that, once its code is here, draws at once. `React.lazy` alone suspends on
 * every first drawing, even when the code arrived long before, and React then holds the new screen back until
 * 300 ms after the "loading" it showed: after log-in the frame and the home page each wait that long. Here a
 * component whose code has been fetched (ahead, or by an earlier screen) is drawn directly; otherwise the lazy
 * one suspends until it comes. The choice is made once per mount, so nothing is mounted twice. A fetch ahead
 * that failed is not remembered (the next fetch ahead, or the screen itself, tries again); a failure while the
 * screen itself loads is React.lazy's, kept and shown by the nearest error boundary.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchCode = (): Promise<ComponentType<P>> =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await fetchCode() }));
  function Component(props: P) {
    const [Shown] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Shown {...props} />;
  }
  return { Component, preload: () => fetchCode().then(() => undefined) };
}
