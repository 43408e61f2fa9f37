import { describe, expect, it } from 'vitest';
import { importSeekers, revealSeekerField, saveSeeker, withdrawConsent } from './seekers';
import { seekerInput } from '../../test-support/inputs';
import { setUp, testEnv } from '../../test-support/test-env';

const admin = (id: string) => ({ id, name: '王芳' });

const seeker = seekerInput;

describe('seeker commands', () => {
  it('registers a seeker with search keys kept locally, not synced', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const s = seeker();
    const r = await saveSeeker(env, admin(adminId), s);
    expect(r.ok).toBe(true);
    const row = await env.db.seekers.get(s.id);
    expect(row?.searchKeys).toEqual(['李秀英', 'lixiuying', 'lxy', 't5678', 'i002x']);
    const mutation = (await env.db.outbox.toArray()).find((m) => m.table === 'seekers');
    expect(mutation?.fields).toMatchObject({ name: '李秀英', idNumber: '11010519491231002X' });
    expect(mutation?.fields).not.toHaveProperty('searchKeys');
    expect(await env.db.seekers.where('searchKeys').startsWith('lx').count()).toBe(1);
  });

  it('blocks a second person with the same ID number, naming the first', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const first = seeker();
    await saveSeeker(env, admin(adminId), first);
    const r = await saveSeeker(env, admin(adminId), seeker({ name: '李秀', phone: null }));
    expect(r).toMatchObject({ ok: false, error: { code: 'seeker.duplicateId', params: { existingId: first.id } } });
    expect(await env.db.seekers.count()).toBe(1);
  });

  it('warns on the same phone and saves only with a reason, which is audited', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    await saveSeeker(env, admin(adminId), seeker());
    const second = seeker({ name: '张伟', sex: 'male', birthDate: '1980-01-01', idNumber: null });
    expect(await saveSeeker(env, admin(adminId), second)).toMatchObject({
      ok: false,
      error: { code: 'seeker.duplicateWarn', params: { reasons: ['phone'] } },
    });
    expect(await env.db.seekers.count()).toBe(1);
    expect((await saveSeeker(env, admin(adminId), second, '夫妻共用一个手机')).ok).toBe(true);
    const audit = (await env.db.audit.toArray()).find((a) => a.recordId === second.id);
    expect(audit?.reason).toBe('夫妻共用一个手机');
  });

  it('refuses a record without consent to matching, or born in the future, saving nothing', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const noConsent = seeker({
      consent: { date: '2026-11-20', matching: false, county: false, recordedBy: 'x', withdrawnOn: null },
    });
    expect(await saveSeeker(env, admin(adminId), noConsent)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { consent: 'consent.matching' } },
    });
    const future = seeker({ birthDate: '2030-01-01', idNumber: null });
    expect(await saveSeeker(env, admin(adminId), future)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { birthDate: 'date.future' } },
    });
    const longName = seeker({ name: '名'.repeat(200) });
    expect(await saveSeeker(env, admin(adminId), longName)).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { name: 'name.long' } },
    });
    expect(await env.db.seekers.count()).toBe(0);
  });

  it('withdrawing consent tombstones the record and tells the county to delete it', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const s = seeker();
    await saveSeeker(env, admin(adminId), s);
    expect((await withdrawConsent(env, admin(adminId), s.id)).ok).toBe(true);
    const row = await env.db.seekers.get(s.id);
    expect(row).toMatchObject({ deleted: true, status: 'withdrawn', searchKeys: [] });
    const last = (await env.db.outbox.toArray())
      .filter((m) => m.table === 'seekers')
      .sort((a, b) => a.hlc.localeCompare(b.hlc))
      .at(-1);
    expect(last?.op).toBe('delete');
  });

  it('shows an ID number in full only with a reason, and audits who and why', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const s = seeker();
    await saveSeeker(env, admin(adminId), s);
    expect(await revealSeekerField(env, admin(adminId), s.id, 'idNumber', ' ')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await revealSeekerField(env, admin(adminId), s.id, 'idNumber', '办理培训补贴')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
    const entry = (await env.db.audit.toArray()).find((a) => a.action === 'seeker.reveal');
    expect(entry).toMatchObject({ actorId: adminId, fields: ['idNumber'], reason: '办理培训补贴' });
    expect(JSON.stringify(entry)).not.toContain('11010519491231002X');
  });

  it('imports many seekers in one command: records, outbox and audit for each; a registered ID stops all of it', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = admin(adminId);
    const rows = ['11010519491231002X', null, null].map((idNumber, i) => {
      const { id: _id, ...draft } = seeker({
        name: `导入${i}`,
        idNumber,
        phone: `1390000000${i}`,
        birthDate: idNumber ? '1949-12-31' : '1990-01-01',
      });
      return draft;
    });
    const before = await env.db.outbox.count();
    expect(await importSeekers(env, actor, rows)).toEqual({ ok: true, value: { added: 3 } });
    expect(await env.db.seekers.where('searchKeys').startsWith('drx').count()).toBe(0);
    expect(await env.db.seekers.where('searchKeys').startsWith('dr').count()).toBe(3);
    expect((await env.db.outbox.count()) - before).toBe(6);
    expect((await env.db.audit.toArray()).filter((a) => a.action === 'seeker.import')).toHaveLength(3);
    const again = await importSeekers(env, actor, [rows[0]!, { ...rows[1]!, name: '新人' }]);
    expect(again).toMatchObject({ ok: false, error: { code: 'seeker.duplicateId' } });
    expect(await env.db.seekers.count()).toBe(3);
  });
});
