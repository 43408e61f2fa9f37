import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { seekerInput } from '#renderer/test-support/inputs';
import { makeBundle } from '#shared/sync/bundle';
import { createService } from '#server/service';
import { openSqlite } from '#server/store/sqlite';
import { encodeHlc } from '#shared/sync/hlc';

// The county admin's commands, run as the admin runs them (`npm run county -- …` is `tsx server/src/cli.ts …`).
// The data folder is the CLI's to make (a temporary folder is already private).
const data = join(mkdtempSync(join(tmpdir(), 'county-cli-')), 'county-data');
const county = (...args: string[]) =>
  execFileSync(join('node_modules', '.bin', 'tsx'), ['server/src/cli.ts', ...args, '--data', data], {
    encoding: 'utf8',
    env: { ...process.env, COUNTY_ADMIN_TOKEN: '', DATABASE_URL: '' },
  });
const mode = (path: string) => statSync(path).mode & 0o777;
/** What a command that failed left: its exit status and output. */
function failureOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
}

describe('county CLI', () => {
  // Every command is a fresh tsx process that compiles the server first: seconds each on a busy machine.
  it(
    'adds, lists and revokes stations, imports a never-online USB bundle by its code once confirmed, backs up and restores with a new epoch',
    { timeout: 180_000 },
    async () => {
      const first = county('station', 'add', '--name', '幸福村就业服务站', '--area', '522626101');
      const tokenFile = join(data, 'admin-token.txt');
      expect(first).toContain(`County admin token written to ${tokenFile} (readable by this account only)`);
      const adminToken = readFileSync(tokenFile, 'utf8').trim();
      expect(adminToken.length).toBeGreaterThanOrEqual(32);
      expect(first).not.toContain(adminToken);
      expect([mode(data), mode(tokenFile), mode(join(data, 'county.sqlite'))]).toEqual([0o700, 0o600, 0o600]);
      expect(first).toMatch(/Enrolment code .*: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/);
      const second = county('station', 'list');
      expect(second).not.toMatch(/admin token/);
      expect(second).toMatch(/522626101\s+幸福村就业服务站\s+devices 0/);

      // A PC enrols (as the app does over HTTP); the list shows it, and revoking the station stops it.
      const added = /added: (\S+)/.exec(first)?.[1] ?? '';
      const db = openSqlite(join(data, 'county.sqlite'));
      const service = createService(db);
      await service.init();
      const { enrollmentCode } = await service.newCode(added);
      const { token } = await service.enroll({ enrollmentCode, deviceName: '幸福村 PC' });
      expect(county('station', 'list')).toMatch(
        /devices 1[^\n]*\n\s+device \S+ {2}幸福村 PC {2}enrolled \d{4}-\d\d-\d\d \d\d:\d\d {2}last used —/,
      );
      expect(county('station', 'revoke', added)).toContain(`Revoked 1 device(s) of ${added}`);
      expect(await service.authenticate(token)).toBeNull();
      await db.close();

      // A PC never online: its file is unsigned, so the county takes it only with the station's code, after
      // showing what it changes, and only when the admin confirms.
      const peace = county('station', 'add', '--name', '和平村就业服务站', '--area', '522626102');
      const peaceCode = /Enrolment code .*: (\S+)/.exec(peace)?.[1] ?? '';
      const stationId = uuidv7();
      const person = { ...seekerInput(), stationId, createdAt: 1, deleted: false };
      const bundle = makeBundle({
        stationId,
        station: { name: '和平村就业服务站', areaCode: '522626102' },
        deviceId: 'usb1',
        exportedAt: 2,
        mutations: [
          {
            id: uuidv7(),
            table: 'seekers',
            recordId: person.id,
            op: 'upsert',
            hlc: encodeHlc({ ms: 1_700_000_000_000, counter: 0, node: 'usb1' }),
            fields: person,
          },
        ],
      });
      const file = join(data, 'bundle.json');
      writeFileSync(file, JSON.stringify(bundle));
      expect(() => county('import-bundle', file)).toThrow(/文件来自县里没有登记的站点，没有导入任何内容/);
      expect(failureOf(() => county('import-bundle', file, '--code', peaceCode))).toMatchObject({
        status: 3,
        stdout: expect.stringMatching(/seekers: 1 条[\s\S]*没有导入任何内容/),
      });
      expect(county('station', 'list')).toMatch(/和平村就业服务站\s+devices 0\s+changes 0/);
      expect(county('import-bundle', file, '--code', peaceCode, '--yes')).toMatch(
        /1 applied, 0 already here, 0 held, 0 rejected/,
      );
      expect(county('import-bundle', file, '--code', peaceCode, '--yes')).toMatch(/0 applied, 1 already here/);
      expect(county('station', 'list')).toMatch(
        new RegExp(`${stationId}\\s+522626102\\s+和平村就业服务站\\s+devices 0\\s+changes 1`),
      );

      writeFileSync(join(data, 'not-a-bundle.json'), '{"hello": 1}');
      expect(() => county('import-bundle', join(data, 'not-a-bundle.json'))).toThrow(/not a valid Doorstep sync file/);

      const backup = join(data, 'backup.jsonl.gz');
      expect(county('backup', backup)).toMatch(/Backup written/);
      expect(mode(backup)).toBe(0o600);
      const restored = county('restore', backup);
      expect(restored).toMatch(/Restored \d+ rows .* New epoch [0-9a-f-]{36}/);
      expect(county('station', 'list')).toMatch(/和平村就业服务站/);
    },
  );

  it('refuses to start with an admin token shorter than 32 characters, saying so in English and Chinese', () => {
    let failure: unknown = null;
    try {
      execFileSync(join('node_modules', '.bin', 'tsx'), ['server/src/cli.ts', 'station', 'list', '--data', data], {
        encoding: 'utf8',
        stdio: 'pipe',
        env: { ...process.env, COUNTY_ADMIN_TOKEN: 'x', DATABASE_URL: '' },
      });
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ status: 2, stderr: expect.stringMatching(/at least 32[\s\S]*至少需要 32/) });
  });
});
