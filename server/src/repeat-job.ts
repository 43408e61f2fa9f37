/**
 * Runs `task` every `everyMs` on a timer of its own, never inside a request, one run at a time (a tick while a
 * run goes on is skipped); a failed run goes to `failed` and the next tick tries again. The timer does not keep
 * the process alive. Returns the function that stops it.
 */
export function repeatJob(task: () => Promise<void>, everyMs: number, failed: (error: unknown) => void): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    task()
      .catch(failed)
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
