import { afterEach, describe, expect, it } from 'vitest';
import { makeSeeker, synthId } from '#shared/matching/synthetic';
import { testEnv } from '../test-support/test-env';
import { changesFromParts, EVERYTHING, watchMatchChanges, type MatchChanges } from './changes';

const seekerRow = (n: number) => ({ ...makeSeeker(synthId(4, n)), searchKeys: [] as string[] });
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** A fresh database and every change to matching's tables Dexie reports for it. */
async function watched() {
  const { db } = testEnv();
  await db.open();
  const seen: MatchChanges[] = [];
  stops.push(watchMatchChanges(db.name, (c) => seen.push(c)));
  return { db, seen };
}

describe('the changes matching hears of', () => {
  it('name the records written, by table, for single writes and deletes', async () => {
    const { db, seen } = await watched();
    await db.seekers.put(seekerRow(1));
    await db.seekers.bulkPut([seekerRow(2), seekerRow(3)]);
    await db.seekers.delete(synthId(4, 2));
    expect(seen).toEqual([
      { seekers: [synthId(4, 1)] },
      { seekers: expect.arrayContaining([synthId(4, 2), synthId(4, 3)]) as unknown },
      { seekers: [synthId(4, 2)] },
    ]);
  });

  it("say 'all' for a cleared table or a bulk write of 50 or more (an import, a large pull)", async () => {
    const { db, seen } = await watched();
    await db.seekers.bulkPut(Array.from({ length: 60 }, (_, i) => seekerRow(i)));
    await db.jobs.clear();
    expect(seen).toEqual([{ seekers: 'all' }, { jobs: 'all' }]);
  });

  it('leave out tables matching does not read and other databases', async () => {
    const { db, seen } = await watched();
    const other = testEnv().db;
    await other.seekers.put(seekerRow(1));
    await db.table<{ id: string }, string>('settings').put({ id: 'x' });
    expect(seen).toEqual([]);
    other.close();
  });

  it('are everything when Dexie says all changed (a page back from the browser cache)', () => {
    expect(changesFromParts({ all: { d: 1, from: -Infinity, to: [[]] } }, 'doorstep')).toEqual(EVERYTHING);
    expect(Object.keys(EVERYTHING)).toEqual(expect.arrayContaining(['seekers', 'jobs', 'villages', 'visits']));
  });
});
