import { countyConsented, holdsOnlyReleasable } from '#shared/privacy/county-release';
import { readMeta, writeMeta } from '../repositories/meta';
import { seekerPage } from '../repositories/records';
import type { Database } from '../store/sql';
import { erasePerson } from './erase-person';

/** Raised when the consent rule (shared/privacy/county-release.ts) keeps less than before: the sweep runs again. */
export const PRIVACY_SWEEP_VERSION = '1';

/**
 * Erases the identity of every person the county holds without their consent to reporting to the county (data an
 * older app sent, or a backup restored from before a withdrawal): once per version of the rule, at start, each
 * page of seekers in its own transaction. Returns how many people were erased.
 */
export async function sweepWithoutConsent(db: Database, now: () => number): Promise<number> {
  if ((await db.transaction((sql) => readMeta(sql, 'privacySweep'))) === PRIVACY_SWEEP_VERSION) return 0;
  let erased = 0;
  let after = '';
  for (;;) {
    const page = await db.transaction(async (sql) => {
      const seekers = await seekerPage(sql, after, 500);
      for (const s of seekers) {
        if (countyConsented(s.state.values.consent) || holdsOnlyReleasable('seekers', s.state.values)) continue;
        await erasePerson(sql, s.owner, s.recordId, now());
        erased += 1;
      }
      return seekers;
    });
    if (page.length === 0) break;
    after = page[page.length - 1]?.recordId ?? after;
  }
  await db.transaction((sql) => writeMeta(sql, 'privacySweep', PRIVACY_SWEEP_VERSION));
  return erased;
}
