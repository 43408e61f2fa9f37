import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupTo } from './backup';
import { openCountyDatabase, writeAdminToken } from './data-folder';
import { createService } from './service';
import { ADMIN } from './test-support/county';

const mode = (path: string) => statSync(path).mode & 0o777;

let root = '';
let umask = 0;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'county-files-'));
  // The usual umask, which leaves new files readable by everyone.
  umask = process.umask(0o022);
});
afterEach(() => {
  process.umask(umask);
  rmSync(root, { recursive: true, force: true });
});

describe('the county’s files are its owner’s only', () => {
  it('makes the data folder 0700 and the SQLite database, its -wal and -shm 0600', async () => {
    const data = join(root, 'county-data');
    const { db } = openCountyDatabase(data, undefined);
    const service = createService(db, { adminToken: ADMIN });
    await service.init();
    await service.addStation({ name: '幸福村就业服务站', areaCode: '522626101' });
    expect(mode(data)).toBe(0o700);
    for (const file of ['county.sqlite', 'county.sqlite-wal', 'county.sqlite-shm'])
      expect([file, mode(join(data, file))]).toEqual([file, 0o600]);
    await db.close();
  });

  it('closes down a data folder and database left readable by everyone', async () => {
    const data = join(root, 'county-data');
    mkdirSync(data, { mode: 0o755 });
    writeFileSync(join(data, 'county.sqlite'), '');
    chmodSync(join(data, 'county.sqlite'), 0o644);
    const { db } = openCountyDatabase(data, undefined);
    await createService(db, { adminToken: ADMIN }).init();
    expect(mode(data)).toBe(0o700);
    expect(mode(join(data, 'county.sqlite'))).toBe(0o600);
    await db.close();
  });

  it('writes backups 0600, a new file or one already there', async () => {
    const { db } = openCountyDatabase(join(root, 'county-data'), undefined);
    await createService(db, { adminToken: ADMIN }).init();
    const fresh = join(root, 'fresh.jsonl.gz');
    await backupTo(db, fresh);
    expect(mode(fresh)).toBe(0o600);
    const old = join(root, 'old.jsonl.gz');
    writeFileSync(old, 'x');
    chmodSync(old, 0o644);
    await backupTo(db, old);
    expect(mode(old)).toBe(0o600);
    await db.close();
  });

  it('writes the first admin token to a 0600 file in the data folder', () => {
    const data = join(root, 'county-data');
    const file = writeAdminToken(data, 'a-token-of-forty-three-characters-000000000');
    expect(file).toBe(join(data, 'admin-token.txt'));
    expect(readFileSync(file, 'utf8')).toBe('a-token-of-forty-three-characters-000000000\n');
    expect(mode(file)).toBe(0o600);
    expect(mode(data)).toBe(0o700);
  });
});
