import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { LOCAL_STORES } from '#shared/entities/local-stores';
import { TABLE_NAMES } from '#shared/entities/tables';
import { SEARCHABLE_TABLES } from '#shared/registry/search-keys';
import { DoorstepDb } from './db';
import { BOOKKEEPING_STORES, laterVersions, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

/** The stores the versions add up to, as Dexie reads them: later declarations win, null removes. */
function finalStores(versions: readonly SchemaVersion[]): Record<string, string> {
  const stores = new Map<string, string>();
  for (const { stores: step } of versions)
    for (const [name, indexes] of Object.entries(step)) {
      if (indexes === null) stores.delete(name);
      else stores.set(name, indexes);
    }
  return Object.fromEntries(stores);
}

const parts = (indexes: string): string[] => indexes.split(',').map((s) => s.trim());

describe('the Dexie schema and the table registry', () => {
  it('add up to exactly the registry tables with their indexes, and the bookkeeping stores', () => {
    const expected = {
      ...BOOKKEEPING_STORES,
      ...Object.fromEntries(TABLE_NAMES.map((name) => [name, LOCAL_STORES[name].indexes])),
    };
    expect(finalStores(SCHEMA_VERSIONS)).toEqual(expected);
    expect(Object.keys(LOCAL_STORES).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('first declare each registry table in the version its `since` names', () => {
    for (const name of TABLE_NAMES) {
      const first = SCHEMA_VERSIONS.find((v) => typeof v.stores[name] === 'string');
      expect(first?.version, name).toBe(LOCAL_STORES[name].since);
    }
  });

  it('open a database whose stores have the registry indexes', async () => {
    const db = new DoorstepDb(`registry-${Math.random()}`);
    await db.open();
    for (const name of TABLE_NAMES) {
      const { primKey, indexes } = db.table(name).schema;
      expect([primKey.src, ...indexes.map((i) => i.src)].sort(), name).toEqual(
        parts(LOCAL_STORES[name].indexes).sort(),
      );
    }
    db.close();
  });

  it('index the search keys of every searchable table', () => {
    for (const name of SEARCHABLE_TABLES) expect(parts(LOCAL_STORES[name].indexes), name).toContain('*searchKeys');
  });
});

describe('a table the registry adds after the written versions', () => {
  const last = SCHEMA_VERSIONS.at(-1)?.version ?? 0;
  const added = { notes: { indexes: 'id, seekerId', since: last + 1 } };

  it('gets the next version, declaring only the new store', () => {
    expect(laterVersions(SCHEMA_VERSIONS, added)).toEqual([{ version: last + 1, stores: { notes: 'id, seekerId' } }]);
    expect(laterVersions(SCHEMA_VERSIONS, { ...added, ...LOCAL_STORES })).toEqual(
      laterVersions(SCHEMA_VERSIONS, added),
    );
    expect(laterVersions(SCHEMA_VERSIONS, LOCAL_STORES)).toEqual([]);
  });

  it('reaches an install at the newest version as an upgrade that keeps its data', async () => {
    const name = `added-${Math.random()}`;
    const open = (versions: readonly SchemaVersion[]): Dexie => {
      const db = new Dexie(name);
      for (const step of versions) db.version(step.version).stores(step.stores);
      return db;
    };
    const installed = open(SCHEMA_VERSIONS);
    await installed.table('meta').put({ key: 'stationId', value: 'x' });
    installed.close();

    const warn = vi.spyOn(console, 'warn');
    const upgraded = open([...SCHEMA_VERSIONS, ...laterVersions(SCHEMA_VERSIONS, added)]);
    await upgraded.open();
    expect(upgraded.verno).toBe(last + 1);
    expect(await upgraded.table('meta').get('stationId')).toEqual({ key: 'stationId', value: 'x' });
    await upgraded.table('notes').put({ id: 'n1', seekerId: 's1' });
    expect(await upgraded.table('notes').where('seekerId').equals('s1').count()).toBe(1);
    // a proper version step, not Dexie's patch of a schema changed under the same number
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    upgraded.close();
  });
});
