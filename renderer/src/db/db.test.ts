import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DoorstepDb } from './db';
import { SCHEMA_VERSIONS } from './schema';

describe('database schema', () => {
  it('lists versions in strictly increasing order, each naming every table it keeps', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const table of ['meta', 'stations', 'staff', 'settings', 'outbox', 'audit']) {
      expect(SCHEMA_VERSIONS[0]?.stores[table], table).toBeTruthy();
    }
  });

  it('opens at the newest version, with strict durability', async () => {
    const db = new DoorstepDb(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['audit', 'employers', 'jobs', 'meta', 'outbox', 'seekers', 'settings', 'staff', 'stations', 'villages']);
    expect((db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability).toBe('strict');
    db.close();
  });

  it('keeps data written by an older install when the app opens it', async () => {
    const name = `upgrade-${Math.random()}`;
    const first = SCHEMA_VERSIONS[0]!;
    const old = new Dexie(name);
    old.version(first.version).stores(first.stores);
    await old.table('meta').put({ key: 'stationId', value: 'x' });
    old.close();
    const db = new DoorstepDb(name);
    expect(await db.meta.get('stationId')).toEqual({ key: 'stationId', value: 'x' });
    db.close();
  });
});
