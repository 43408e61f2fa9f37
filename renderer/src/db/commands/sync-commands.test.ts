import { describe, expect, it } from 'vitest';
import { SYNC_META } from '../sync-meta';
import { setUp, testEnv } from '../../test-support/test-env';
import { buildPendingBundle } from './sync-bundle';
import { recordEnrolment, stationToEnrol } from './sync-enrolment';
import { markRefused, settlePushed } from './sync-outbox';
import { adoptServerEpoch, recordSyncSuccess } from './sync-state';

async function withPending() {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const outbox = await env.db.outbox.orderBy('hlc').toArray();
  return { env, actor: { id: adminId, name: '王芳' }, outbox };
}

describe('sync commands', () => {
  it('settle a push: stored changes move to sent, refused and held ones stay marked, unanswered ones stay as they were', async () => {
    const { env, outbox } = await withPending();
    const [stored, refused, unanswered, held] = outbox;
    const settled = {
      done: [stored!.id],
      rejected: [{ id: refused!.id, status: 'rejected' as const, code: 'validation', message: 'bad field' }],
      held: [{ id: held!.id, status: 'held' as const, code: 'clock.ahead', message: 'Clock 9 minutes ahead' }],
      retry: [unanswered!.id],
    };
    await settlePushed(env.db, [stored!, refused!, unanswered!, held!], settled, 42);
    expect(await env.db.sent.get(held!.id)).toBeUndefined();
    expect((await env.db.outbox.get(held!.id))?.held).toEqual({
      code: 'clock.ahead',
      message: 'Clock 9 minutes ahead',
      at: 42,
    });
    expect(await env.db.sent.get(stored!.id)).toMatchObject({ id: stored!.id, sentAt: 42 });
    expect(await env.db.outbox.get(stored!.id)).toBeUndefined();
    expect((await env.db.outbox.get(refused!.id))?.rejected).toEqual({
      code: 'validation',
      message: 'bad field',
      at: 42,
    });
    expect((await env.db.outbox.get(unanswered!.id))?.rejected).toBeUndefined();
    await markRefused(env.db, unanswered!.id, { code: 'too-large', message: 'too big', at: 43 });
    expect((await env.db.outbox.get(unanswered!.id))?.rejected?.code).toBe('too-large');
  });

  it('a new county epoch puts every sent change back in the outbox and restarts the pull', async () => {
    const { env, outbox } = await withPending();
    expect(await adoptServerEpoch(env.db, 'epoch-1')).toBe(false); // the first epoch seen is no change
    const first = outbox[0]!;
    await settlePushed(env.db, [first], { done: [first.id], rejected: [], held: [], retry: [] }, 1);
    await env.db.meta.put({ key: SYNC_META.cursor, value: '17' });
    expect(await adoptServerEpoch(env.db, 'epoch-1')).toBe(false);
    expect(await env.db.sent.count()).toBe(1);
    expect(await adoptServerEpoch(env.db, 'epoch-2')).toBe(true);
    expect(await env.db.sent.count()).toBe(0);
    expect(await env.db.outbox.get(first.id)).toMatchObject({ id: first.id, hlc: first.hlc });
    expect((await env.db.meta.get(SYNC_META.cursor))?.value).toBe('0');
    expect((await env.db.meta.get(SYNC_META.epoch))?.value).toBe('epoch-2');
    await recordSyncSuccess(env.db, 99);
    expect((await env.db.meta.get(SYNC_META.lastSuccess))?.value).toBe('99');
  });

  it('enrolment records the server and audits it; the bundle holds what the county has not refused', async () => {
    const { env, actor, outbox } = await withPending();
    const station = await stationToEnrol(env, actor);
    expect(station.ok && station.value.name).toBe('幸福村就业服务站');
    expect((await recordEnrolment(env, actor, 'http://county:8787')).ok).toBe(true);
    expect((await env.db.meta.get(SYNC_META.server))?.value).toBe('http://county:8787');
    expect((await env.db.audit.toArray()).map((a) => a.action)).toContain('sync.enroll');
    await markRefused(env.db, outbox[0]!.id, { code: 'validation', message: '', at: 1 });
    const bundle = await buildPendingBundle(env, actor);
    const ids = bundle.ok ? bundle.value.mutations.map((m) => m.id) : [];
    expect(ids).not.toContain(outbox[0]!.id);
    expect(ids).toContain(outbox[1]!.id);
    expect(bundle.ok && bundle.value.mutations.every((m) => !('rejected' in m))).toBe(true);
  });

  it('only an active member who may change settings enrols the station or exports its changes', async () => {
    const { env } = await withPending();
    const stranger = { id: 'nobody', name: '?' };
    expect(await stationToEnrol(env, stranger)).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
    expect(await recordEnrolment(env, stranger, 'http://x')).toMatchObject({ ok: false });
    expect(await env.db.meta.get(SYNC_META.server)).toBeUndefined();
    expect(await buildPendingBundle(env, stranger)).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });
});
