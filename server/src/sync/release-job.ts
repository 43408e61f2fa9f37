import type { FastifyBaseLogger } from 'fastify';
import { repeatJob } from '../repeat-job';
import type { ReleaseReport } from './quarantine';

/** How often the server looks for held changes that have come due. */
export const RELEASE_EVERY_MS = 60_000;

/**
 * Releases held changes that have come due, on a timer of its own, never inside a request: a long hold costs
 * pushes and pulls nothing. A change the rules refuse at its release is logged at warn (it stays, refused, for the
 * admin and its station). Returns the function that stops it.
 */
export function startReleaseJob(
  releaseDue: () => Promise<ReleaseReport>,
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>,
  everyMs = RELEASE_EVERY_MS,
): () => void {
  return repeatJob(
    async () => {
      const report = await releaseDue();
      if (report.released > 0) log.info({ released: report.released }, 'held changes released');
      for (const r of report.refused)
        log.warn({ id: r.id, stationId: r.stationId, code: r.code }, 'a held change was refused at its release');
    },
    everyMs,
    (error) => log.error({ err: error }, 'releasing held changes failed'),
  );
}
