import { describe, expect, it } from 'vitest';
import { encodeHlc } from '#shared/sync/hlc';
import { loadPinyin } from '../../registry/pinyin';
import { seekerInput } from '../../test-support/inputs';
import { setUp, testEnv } from '../../test-support/test-env';
import { applyChanges } from './apply-changes';

describe('pulled changes', () => {
  it('store a person the county holds in full, and not one it holds only pseudonymously (no name)', async () => {
    const env = testEnv();
    const { stationId } = await setUp(env);
    const whole = { ...seekerInput(), stationId, createdAt: 1, deleted: false };
    const { name: _n, idNumber: _i, phone: _p, ...rest } = seekerInput();
    const pseudonymous = { id: rest.id, stationId, sex: rest.sex, birthDate: '1949-07-01', consent: rest.consent };
    const hlc = encodeHlc({ ms: env.now(), counter: 0, node: 'other-pc' });
    const change = (fields: Record<string, unknown>, seq: number) => ({
      seq,
      table: 'seekers',
      recordId: String(fields.id),
      op: 'upsert' as const,
      hlc,
      fields,
      stationId,
    });
    await applyChanges(env.db, [change(whole, 1), change(pseudonymous, 2)], 2, env.now(), await loadPinyin());
    expect(await env.db.seekers.get(whole.id)).toMatchObject({ name: '李秀英' });
    expect(await env.db.seekers.get(pseudonymous.id)).toBeUndefined();
  });
});
