import { describe, expect, it } from 'vitest';
import { parseGazetteer } from '#shared/registry/gazetteer-import';
import csv from '../../registry/demo-gazetteer.csv?raw';
import { setUp, testEnv } from '../../test-support/test-env';
import { importVillages } from './villages';

describe('importing the village list', () => {
  it('imports the demo list in one command, and a second import updates instead of duplicating', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const { villages, errors } = parseGazetteer(
      csv
        .trim()
        .split('\n')
        .map((l) => l.split(',')),
    );
    expect(errors).toEqual([]);
    expect(villages.length).toBeGreaterThanOrEqual(70);
    expect(await importVillages(env, actor, villages)).toEqual({
      ok: true,
      value: { added: villages.length, updated: 0 },
    });
    const renamed = villages.map((v, i) => (i === 1 ? { ...v, name: `${v.name}（新）` } : v));
    expect(await importVillages(env, actor, renamed)).toEqual({ ok: true, value: { added: 0, updated: 1 } });
    expect(await env.db.villages.count()).toBe(villages.length);
  });

  it('a bad row inside the command rolls back every row', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const good = { code: '522626101201', name: '马家寨村', latitude: 27.1, longitude: 108.8 };
    const r = await importVillages(env, { id: adminId, name: '王芳' }, [
      good,
      { ...good, code: '522626101202', latitude: 99 },
    ]);
    expect(r.ok).toBe(false);
    expect(await env.db.villages.count()).toBe(0);
  });
});
