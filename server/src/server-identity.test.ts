import { describe, expect, it } from 'vitest';
import { createService } from './service';
import { openSqlite } from './store/sqlite';

describe('the county admin token', () => {
  it.each([['x'], ['a'.repeat(31)], [`${' '.repeat(8)}${'a'.repeat(24)}`]])(
    'refuses a given token shorter than 32 characters (%j), in English and Chinese',
    async (token) => {
      const db = openSqlite(':memory:');
      await expect(createService(db, { adminToken: token }).init()).rejects.toThrow(
        /at least 32[\s\S]*至少需要 32 个字符/,
      );
      await db.close();
    },
  );

  it('takes one of 32 characters, and makes a long one when none is given', async () => {
    const db = openSqlite(':memory:');
    expect((await createService(db, { adminToken: 'a'.repeat(32) }).init()).newAdminToken).toBeNull();
    const other = openSqlite(':memory:');
    const made = (await createService(other).init()).newAdminToken;
    expect(made?.length).toBeGreaterThanOrEqual(32);
    await db.close();
    await other.close();
  });
});
