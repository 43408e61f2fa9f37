import { useEffect } from 'react';

/**
 * Runs `run` after the screen beside it in the same Suspense boundary has been shown and painted (and again if
 * `run` changes): its effect fires when the boundary's content commits (the screen's code loaded), and the work
 * waits for the next frame and a task after it, so it never delays that first paint.
 */
export function AfterFirstPaint({ run }: { readonly run: () => void }) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(run, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [run]);
  return null;
}
