import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';
import { encodeHlc } from '#shared/sync/hlc';

// The county admin's `held` commands, run as the admin runs them (`npm run county -- held …`).
const data = join(mkdtempSync(join(tmpdir(), 'county-held-')), 'county-data');
const county = (...args: string[]) =>
  execFileSync(join('node_modules', '.bin', 'tsx'), ['server/src/cli.ts', ...args, '--data', data], {
    encoding: 'utf8',
    env: { ...process.env, COUNTY_ADMIN_TOKEN: '', DATABASE_URL: '' },
  });

const village = (stationId: string, ms: number) => {
  const recordId = uuidv7();
  return {
    id: uuidv7(),
    table: 'villages',
    recordId,
    op: 'upsert' as const,
    hlc: encodeHlc({ ms, counter: 0, node: 'pc1' }),
    fields: { id: recordId, stationId, createdAt: 1, deleted: false, code: '522626101203', name: '幸福村' },
  };
};

describe('county CLI: changes held for a clock ahead', () => {
  it(
    'lists them in China time, refuses one with a reason the station hears, releases the other',
    { timeout: 180_000 },
    async () => {
      county('station', 'list');
      const db = openSqlite(join(data, 'county.sqlite'));
      // The station's PC pushes on the last day of 2029 with its clock a day ahead.
      const service = createService(db, { now: () => Date.UTC(2029, 11, 31) });
      await service.init();
      const { stationId, enrollmentCode } = await service.addStation({
        name: '幸福村就业服务站',
        areaCode: '522626101',
      });
      const { token } = await service.enroll({ enrollmentCode, deviceName: 'PC' });
      const caller = await service.authenticate(token);
      if (caller?.kind !== 'station') throw new Error('no station caller');
      // 2030-01-01 00:00 UTC is 08:00 in China.
      const ahead = Date.UTC(2030, 0, 1);
      const [keep, drop] = [village(stationId, ahead), village(stationId, ahead + 60_000)];
      expect((await service.push(caller, [keep, drop])).map((r) => r.status)).toEqual(['held', 'held']);
      await db.close();

      const listed = county('held', 'list');
      expect(listed).toContain(`${keep.id}  ${stationId}  villages/${keep.recordId}  时钟 clock 2030-01-01 08:00`);
      expect(listed).toContain('暂存中 held');
      expect(county('held', 'refuse', drop.id, '--reason', '日期不对')).toContain('已拒收 1 条：日期不对');
      expect(county('held', 'release', keep.id, 'no-such-id')).toMatch(
        /已放行 1 条。[\s\S]*不在暂存中 not held: no-such-id/,
      );
      expect(county('held', 'list')).toMatch(new RegExp(`${drop.id}.*已拒收 refused .*held.refused: 日期不对`));

      const again = openSqlite(join(data, 'county.sqlite'));
      const after = createService(again);
      await after.init();
      expect(await after.record('villages', keep.recordId)).toMatchObject({ name: '幸福村' });
      expect(await after.push(caller, [keep, drop])).toMatchObject([
        { status: 'duplicate' },
        { status: 'rejected', code: 'held.refused', message: '日期不对' },
      ]);
      await again.close();
    },
  );
});

describe('county CLI without --data', () => {
  it('refuses an admin command rather than make a second, empty county', { timeout: 120_000 }, () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'county-nodata-'));
    let failure: { status?: number; stderr?: string } = {};
    try {
      execFileSync(
        join(process.cwd(), 'node_modules', '.bin', 'tsx'),
        [join(process.cwd(), 'server/src/cli.ts'), 'station', 'list'],
        {
          cwd: elsewhere,
          encoding: 'utf8',
          env: { ...process.env, COUNTY_ADMIN_TOKEN: '', DATABASE_URL: '' },
          stdio: 'pipe',
        },
      );
    } catch (error) {
      failure = error as { status?: number; stderr?: string };
    }
    expect(failure.status).toBe(2);
    expect(failure.stderr).toContain('请用 --data 指定县服务器运行时用的数据文件夹');
    expect(existsSync(join(elsewhere, 'county-data'))).toBe(false);
  });
});
