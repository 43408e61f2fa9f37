import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { TABLE_NAMES } from '#shared/entities/tables';
import { DoorstepDb } from './db';
import { BOOKKEEPING_STORES, SCHEMA_VERSIONS } from './schema';

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
    // every table of the registry, and this PC's bookkeeping
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES, ...Object.keys(BOOKKEEPING_STORES)].sort());
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['seekers', 'attendance', 'meta', 'outbox']));
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability,
    ).toBe('strict');
    db.close();
  });

  it('refuses to change or delete an audit entry', async () => {
    const db = new DoorstepDb(`audit-${Math.random()}`);
    const entry = {
      id: '0190b5c1-8c6f-7000-8000-000000000001',
      stationId: '0190b5c1-8c6f-7000-8000-000000000002',
      at: 1,
      hlc: '000000000000001:00000:a',
      actorId: null,
      actorName: null,
      action: 'x',
      table: 't',
      recordId: 'r',
      fields: [],
      reason: null,
    };
    await db.audit.add(entry);
    await expect(db.audit.update(entry.id, { reason: 'changed' })).rejects.toThrow();
    await expect(db.audit.delete(entry.id)).rejects.toThrow();
    expect(await db.audit.get(entry.id)).toEqual(entry);
    db.close();
  });

  it('keeps data written by an older install when the app opens it', async () => {
    const name = `upgrade-${Math.random()}`;
    const first = SCHEMA_VERSIONS[0]!;
    expect(SCHEMA_VERSIONS.length).toBeGreaterThan(1);
    const old = new Dexie(name);
    old.version(first.version).stores(first.stores);
    await old.table('meta').put({ key: 'stationId', value: 'x' });
    expect(old.tables.map((t) => t.name)).not.toContain('seekers');
    old.close();
    const db = new DoorstepDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(await db.meta.get('stationId')).toEqual({ key: 'stationId', value: 'x' });
    expect(await db.seekers.where('searchKeys').startsWith('w').count()).toBe(0);
    db.close();
  });
});
