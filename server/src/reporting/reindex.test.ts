import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, consoleForEachTest } from '../test-support/console';
import { buildCountyDataset } from '../test-support/county-dataset';
import { testBackends } from '../test-support/databases';
import { recordWriter } from '../test-support/record-mutations';
import { LEDGER_NAMES } from './ledger-source';
import { REPORT_TABLES } from './report-tables';
import { PENDING_TABLE, ROLLUP_TABLES } from './rollups/keep';

const TODAY = Date.UTC(2026, 11, 1, 2);
const PERIOD = { from: '2026-08-01', to: '2026-11-30' };

describe.each(testBackends())('reporting tables ($name)', ({ make }) => {
  const county = consoleForEachTest(make);
  const setUp = async () => {
    county.clock.now = TODAY;
    const writer = recordWriter(county.inject, ADMIN_TOKEN, () => county.clock.now);
    return { writer, data: await buildCountyDataset(writer) };
  };
  /** Every figure and every ledger row, full numbers and all. */
  async function everything() {
    const reporting = county.service.reporting;
    const ledgers: Record<string, unknown> = {};
    for (const name of LEDGER_NAMES.filter((n) => n !== 'stations'))
      ledgers[name] = await reporting.ledger(name).page({ page: 1, pageSize: 200 });
    return { summary: await reporting.summary(PERIOD), trend: await reporting.trend(PERIOD), ledgers };
  }

  it('are rebuilt from the merged records to the same answers', async () => {
    await setUp();
    const before = await everything();
    await county.db.transaction(async (sql) => {
      for (const table of [...REPORT_TABLES, ...ROLLUP_TABLES]) await sql.run(`DELETE FROM ${table}`);
    });
    const emptied = await county.service.reporting.summary(PERIOD);
    expect(emptied.seekers.registered).toBe(0);
    expect(emptied.training.subsidyEligible).toBe(0);
    const { records } = await county.service.reindex();
    expect(records).toBeGreaterThan(50);
    expect(await everything()).toEqual(before);
  });

  it('follow every later write of a record, and forget a record once it is tombstoned', async () => {
    const { writer, data } = await setUp();
    const { b } = data.stations;
    await writer.write(b, 'seekers', { name: '张敏敏' }, data.seekers.b2);
    const seekers = county.service.reporting.ledger('seekers');
    const named = await seekers.page({ q: '张敏', page: 1, pageSize: 10 });
    expect(named.rows.map((r) => r.name)).toEqual(['张敏敏']);
    // Her placement (ended before three months) is still counted until she withdraws.
    expect((await county.service.reporting.summary(PERIOD)).placements.started).toBe(5);
    await writer.remove(b, 'seekers', data.seekers.b2);
    expect((await seekers.page({ q: '张敏', page: 1, pageSize: 10 })).total).toBe(0);
    const after = await county.service.reporting.summary(PERIOD);
    expect(after.placements).toEqual({ started: 4, retained3m: 4 });
    expect(after.seekers.active).toBe(3);
  });

  it('close a placement’s findings when it ends, and open them again from its visits if it resumes', async () => {
    const { writer, data } = await setUp();
    const { a } = data.stations;
    const open = async () => (await county.service.reporting.summary(PERIOD)).rights.openFindings.low;
    expect(await open()).toBe(1);
    await writer.write(a, 'placements', { status: 'ended', endDate: '2026-11-30' }, data.placements.p1);
    expect(await open()).toBe(0);
    await writer.write(a, 'placements', { status: 'active', endDate: null }, data.placements.p1);
    expect(await open()).toBe(1);
  });

  it('count what merges left pending before a summary is read, as the job between merges does', async () => {
    const { writer, data } = await setUp();
    const pending = () => county.db.transaction((sql) => sql.all(`SELECT part, key FROM ${PENDING_TABLE}`));
    expect((await pending()).length).toBeGreaterThan(0);
    expect(await county.service.reporting.catchUp()).toBeGreaterThan(0);
    expect(await pending()).toEqual([]);
    expect(await county.service.reporting.catchUp()).toBe(0);
    // a withdrawal left pending is counted by the summary itself, as a rebuild counts it
    await writer.remove(data.stations.b, 'seekers', data.seekers.b2);
    expect((await pending()).length).toBeGreaterThan(0);
    const read = await everything();
    expect(read.summary.placements.started).toBe(4);
    await county.service.reindex();
    expect(await everything()).toEqual(read);
  });
});
