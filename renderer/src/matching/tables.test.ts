import type { DBCore, DBCoreTable } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { DoorstepDb } from '../db/db';
import { saveEmployer, saveJob } from '../db/commands/employers';
import { saveSeeker } from '../db/commands/seekers';
import { employerInput, jobInput, seekerInput } from '../test-support/inputs';
import { setUp, testEnv } from '../test-support/test-env';
import { loadMatchData, pairContext } from './load';
import { MatchStore } from './store';
import { MATCH_TABLES } from './tables';

/** Reopens the database recording every table read through it from then on. */
async function watchReads(db: DoorstepDb): Promise<Set<string>> {
  const read = new Set<string>();
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        const seen =
          <A extends unknown[], R>(f: (...args: A) => R) =>
          (...args: A): R => {
            read.add(name);
            return f(...args);
          };
        return {
          ...table,
          get: seen(table.get.bind(table)),
          getMany: seen(table.getMany.bind(table)),
          query: seen(table.query.bind(table)),
          openCursor: seen(table.openCursor.bind(table)),
          count: seen(table.count.bind(table)),
        };
      },
    }),
  });
  await db.open();
  return read;
}

describe("matching's tables", () => {
  it('are the tables matching reads, as the registry says: a write to any of them makes its data stale', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const employer = employerInput();
    const job = jobInput(employer.id);
    for (const r of [
      await saveSeeker(env, actor, seekerInput()),
      await saveEmployer(env, actor, employer),
      await saveJob(env, actor, job),
    ])
      expect(r.ok).toBe(true);

    const read = await watchReads(env.db);
    await loadMatchData(env.db, '2026-11-25');
    expect([...read].sort()).toEqual([...MATCH_TABLES].sort());
    // placements and visits: an employer's serious visit findings count against its postings
    expect(MATCH_TABLES).toEqual(expect.arrayContaining(['placements', 'visits', 'ruleParameters', 'stations']));

    // a referral's own check of one pair reads no table the list leaves out
    const stored = await env.db.jobs.get(job.id);
    expect(stored).toBeDefined();
    read.clear();
    if (stored) await pairContext(env.db, stored, '2026-11-25');
    expect(MATCH_TABLES).toEqual(expect.arrayContaining([...read]));
    expect(read.size).toBeGreaterThan(0);
  });

  it('are all the store reads to keep its prepared data (so the changes it hears of cover what it holds)', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const employer = employerInput();
    for (const r of [
      await saveSeeker(env, actor, seekerInput()),
      await saveEmployer(env, actor, employer),
      await saveJob(env, actor, jobInput(employer.id)),
    ])
      expect(r.ok).toBe(true);
    const read = await watchReads(env.db);
    await new MatchStore(env.db, { today: () => '2026-11-25' }).when(['seekers', 'jobs'], () => undefined);
    expect([...read].sort()).toEqual([...MATCH_TABLES].sort());
  });
});
