import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { createService } from '#server/service';
import type { Database } from '#server/store/sql';
import { openSqlite } from '#server/store/sqlite';
import { testBackends } from '#server/test-support/databases';

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Logs in through the real HTTP routes of a server opened on the CLI's database; the answer's status. */
async function loginStatus(open: () => Database, username: string, password: string): Promise<number> {
  const db = open();
  try {
    const service = createService(db);
    await service.init();
    const app = await buildApp({ service, version: 'test' });
    const r = await app.inject({ method: 'POST', url: '/api/v1/console/login', payload: { username, password } });
    await app.close();
    return r.statusCode;
  } finally {
    await db.close();
  }
}

// `npm run county -- user …` as the county's operator runs it: each a fresh tsx process, seconds each.
describe.each(testBackends())('county CLI: console accounts ($name)', ({ make }) => {
  it(
    'adds accounts (password from stdin, or generated and shown once), lists, disables, sets a password; backups keep them',
    { timeout: 300_000 },
    async () => {
      const factory = await make();
      const data = mkdtempSync(join(tmpdir(), 'county-cli-users-'));
      const open = () => (factory.url ? factory.open() : openSqlite(join(data, 'county.sqlite')));
      const county = (args: string[], input = ''): Run => {
        const r = spawnSync(join('node_modules', '.bin', 'tsx'), ['server/src/cli.ts', ...args, '--data', data], {
          encoding: 'utf8',
          input,
          env: { ...process.env, COUNTY_ADMIN_TOKEN: '', DATABASE_URL: factory.url ?? '' },
        });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      try {
        const added = county(
          ['user', 'add', '--name', 'Zhang.San', '--role', 'county-admin', '--password-stdin'],
          'correct horse battery\n',
        );
        expect(added).toMatchObject({ status: 0, stderr: '' });
        expect(added.stdout).toMatch(
          /已添加县级控制台账号 zhang\.san（县级管理员）\/ Console account zhang\.san added/,
        );
        expect(added.stdout).not.toMatch(/Password \(shown once\)/);

        const generated = county(['user', 'add', '--name', '看板', '--role', 'viewer', '--display', '县就业中心看板']);
        expect(generated.status).toBe(0);
        const password = /Password \(shown once\): (\S+)/.exec(generated.stdout)?.[1] ?? '';
        expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);

        const short = county(['user', 'add', '--name', 'li', '--role', 'viewer', '--password-stdin'], '123456789\n');
        expect(short.status).toBe(1);
        expect(short.stderr).toMatch(/^密码至少 10 个字符/);
        expect(county(['user', 'add', '--name', 'li', '--role', 'root']).stderr).toMatch(/^角色须为/);
        expect(county(['user', 'add', '--name', 'li']).status).toBe(2);

        expect(await loginStatus(open, 'zhang.san', 'correct horse battery')).toBe(200);
        expect(await loginStatus(open, '看板', password)).toBe(200);
        expect(await loginStatus(open, 'zhang.san', 'wrong horse battery')).toBe(401);

        const listed = county(['user', 'list']).stdout;
        expect(listed).toMatch(/zhang\.san\s+county-admin\s+县级管理员\s+zhang\.san/);
        expect(listed).toMatch(/看板\s+viewer\s+查看者\s+县就业中心看板/);
        expect(listed).not.toMatch(/li\s/);

        const backup = join(data, 'backup.jsonl.gz');
        expect(county(['backup', backup]).status).toBe(0);
        expect(county(['user', 'disable', '看板']).stdout).toMatch(/已停用账号 看板/);
        expect(await loginStatus(open, '看板', password)).toBe(401);
        const changed = county(['user', 'password', 'ZHANG.SAN', '--password-stdin'], 'a brand new passphrase\r\n');
        expect(changed.stdout).toMatch(/已为 ZHANG\.SAN 设置新密码/);
        expect(await loginStatus(open, 'zhang.san', 'a brand new passphrase')).toBe(200);
        expect(county(['user', 'disable', 'nobody'])).toMatchObject({
          status: 1,
          stderr: '没有这个账号：nobody / No console account nobody\n',
        });

        // The backup carries the accounts as they were: both active, the first password.
        expect(county(['restore', backup]).status).toBe(0);
        expect(await loginStatus(open, '看板', password)).toBe(200);
        expect(await loginStatus(open, 'zhang.san', 'correct horse battery')).toBe(200);
        expect(county(['user', 'list']).stdout).not.toMatch(/已停用/);
      } finally {
        await factory.cleanup();
      }
    },
  );
});
