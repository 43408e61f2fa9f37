import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { saveEmployer, saveJob } from '#renderer/db/commands/employers';
import { saveSeeker, withdrawConsent } from '#renderer/db/commands/seekers';
import { employerInput, jobInput, seekerInput } from '#renderer/test-support/inputs';
import { configuredTransport, exportPendingBundle, TOKEN_KEY } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import { loadPinyin } from '#renderer/registry/pinyin';
import { COMPACT_CONTENT_TYPE } from '#shared/sync/columns';
import { SYNC_META } from '#renderer/db/sync-meta';
import { parseBundle } from '#shared/sync/bundle';
import { backupTo, restoreFrom } from '#server/backup';
import { describeWithCounty, must, station } from './harness';

describeWithCounty('the app syncing with the real county server on loopback', (county) => {
  it('pushes seekers and a job; the job reaches the other station, the seekers do not', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const b = await station(county, '和平村就业服务站', 'devb');
    const person = seekerInput();
    must(await saveSeeker(a.env, a.actor, person));
    const employer = employerInput();
    must(await saveEmployer(a.env, a.actor, employer));
    const job = jobInput(employer.id);
    must(await saveJob(a.env, a.actor, job));

    const pushed = await a.sync();
    expect(pushed.pushed).toBeGreaterThanOrEqual(3);
    expect(await a.env.db.outbox.count()).toBe(0);
    expect(await a.env.db.sent.count()).toBe(pushed.pushed);
    expect(await county.service.record('seekers', person.id)).toMatchObject({ name: '李秀英', stationId: a.stationId });

    const got = await b.sync();
    expect(got.pulled).toBeGreaterThan(0);
    expect(await b.env.db.jobs.get(job.id)).toMatchObject({
      title: '缝纫工',
      stationId: a.stationId,
      searchKeys: expect.arrayContaining(['frg']),
    });
    expect(await b.env.db.employers.get(employer.id)).toMatchObject({ name: employer.name });
    expect(await b.env.db.seekers.count()).toBe(0);
    // The cursor moved with the commit: a second pull brings nothing new.
    expect((await b.sync()).pulled).toBe(0);
  });

  it('merges field by field: a later edit wins, an earlier unrelated edit stays', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const b = await station(county, '和平村就业服务站', 'devb');
    const employer = employerInput();
    must(await saveEmployer(a.env, a.actor, employer));
    const job = jobInput(employer.id);
    must(await saveJob(a.env, a.actor, job));
    await a.sync();
    a.env.clock.now += 60_000;
    must(await saveJob(a.env, a.actor, { ...job, positions: 3 }));
    a.env.clock.now += 60_000;
    must(await saveJob(a.env, a.actor, { ...job, positions: 3, status: 'closed' }));
    await a.sync();
    await b.sync();
    expect(await b.env.db.jobs.get(job.id)).toMatchObject({ positions: 3, status: 'closed', title: '缝纫工' });
    expect(await county.service.record('jobs', job.id)).toMatchObject({ positions: 3, status: 'closed' });
  });

  it('puts two stations registering one ID number in the duplicate queue, keeping both', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const b = await station(county, '和平村就业服务站', 'devb');
    const one = seekerInput();
    const two = seekerInput({ name: '李秀英', phone: '13900000000' });
    must(await saveSeeker(a.env, a.actor, one));
    must(await saveSeeker(b.env, b.actor, two));
    await a.sync();
    await b.sync();
    const queue = await county.service.duplicates();
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ id_number: one.idNumber });
    expect([queue[0]?.record_a, queue[0]?.record_b].sort()).toEqual([one.id, two.id].sort());
    expect(await county.service.record('seekers', one.id)).not.toBeNull();
    expect(await county.service.record('seekers', two.id)).not.toBeNull();
    // A third sync does not queue the pair again.
    await a.sync();
    expect(await county.service.duplicates()).toHaveLength(1);
  });

  it('keeps a change the county refuses, marked, for a person to fix; the rest go through', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    must(await saveSeeker(a.env, a.actor, seekerInput()));
    const bad = {
      id: '01930000-0000-7000-8000-000000000001',
      table: 'seekers',
      recordId: '01930000-0000-7000-8000-000000000002',
      op: 'upsert' as const,
      hlc: '000001700000000:00000:deva',
      // about a person who consented to the county, so the whole change leaves the PC and the county judges it
      fields: {
        name: 42,
        consent: { date: '2026-11-20', matching: true, county: true, recordedBy: 'x', withdrawnOn: null },
      },
    };
    await a.env.db.outbox.add(bad);
    const report = await a.sync();
    expect(report.rejected).toBe(1);
    const kept = await a.env.db.outbox.get(bad.id);
    expect(kept?.rejected).toMatchObject({ code: 'schema' });
    expect(await a.env.db.outbox.count()).toBe(1);
    // Rejected changes are not resent on every sync.
    expect((await a.sync()).pushed).toBe(0);
  });

  it('withdrawing consent travels as a delete; the county keeps the tombstone', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const person = seekerInput();
    must(await saveSeeker(a.env, a.actor, person));
    await a.sync();
    must(await withdrawConsent(a.env, a.actor, person.id));
    await a.sync();
    expect(await county.service.record('seekers', person.id)).toMatchObject({ deleted: true, status: 'withdrawn' });
  });

  it('after the county is restored from an older backup, stations push again and nothing is lost', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const first = seekerInput();
    must(await saveSeeker(a.env, a.actor, first));
    await a.sync();
    const backup = join(mkdtempSync(join(tmpdir(), 'backup-')), 'county.jsonl.gz');
    await backupTo(county.db, backup);
    const second = seekerInput({
      idNumber: '110105198001010016',
      birthDate: '1980-01-01',
      sex: 'male',
      phone: '13700000000',
      name: '张三',
    });
    must(await saveSeeker(a.env, a.actor, second));
    await a.sync();
    expect(await county.service.record('seekers', second.id)).not.toBeNull();

    await restoreFrom(county.db, backup);
    const oldEpoch = county.service.epoch;
    await county.service.renewEpoch();
    expect(county.service.epoch).not.toBe(oldEpoch);
    expect(await county.service.record('seekers', second.id)).toBeNull();

    const report = await a.sync();
    expect(report.epochChanged).toBe(true);
    expect(await county.service.record('seekers', second.id)).toMatchObject({ name: '张三' });
    expect(await county.service.record('seekers', first.id)).toMatchObject({ name: '李秀英' });
    expect(Number((await a.env.db.meta.get(SYNC_META.cursor))?.value)).toBeGreaterThan(0);
  });

  it('an edit made after the county was restored reaches it with its record, not ahead of it', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const backup = join(mkdtempSync(join(tmpdir(), 'backup-')), 'county.jsonl.gz');
    await backupTo(county.db, backup);
    const person = seekerInput({ name: '张三', notes: '' });
    must(await saveSeeker(a.env, a.actor, person));
    await a.sync();

    await restoreFrom(county.db, backup);
    await county.service.renewEpoch();
    // Staff edit the person the restored county no longer has, and the station syncs again at once (it still
    // believes in the county it checked a moment ago).
    must(await saveSeeker(a.env, a.actor, { ...person, notes: '下午四点前要接孩子' }));
    const report = await a.sync();

    expect(report.epochChanged).toBe(true);
    expect(await county.service.record('seekers', person.id)).toMatchObject({
      name: '张三',
      notes: '下午四点前要接孩子',
    });
    expect(await a.env.db.outbox.count()).toBe(0);
  });

  it('a USB-stick file goes through the same idempotent path; pushing the same changes later stores nothing twice', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const person = seekerInput();
    must(await saveSeeker(a.env, a.actor, person));
    let saved = '';
    const platform = {
      ...a.platform,
      saveFile: async ({ content }: { content: string }) => (
        (saved = content),
        { ok: true as const, value: { saved: true } }
      ),
    };
    const exported = must(await exportPendingBundle(a.env, platform, a.actor));
    expect(exported.count).toBeGreaterThan(0);
    // Signed by the app with its token (Web Crypto), checked by the county with what it keeps of the token.
    expect(exported.signed).toBe(true);
    expect(must(parseBundle(saved)).bundle.signature).toBeDefined();
    const token = await a.platform.secretGet({ key: TOKEN_KEY });
    expect(token.ok && token.value && !saved.includes(token.value)).toBe(true);
    await expect(county.service.importBundle(saved.replace('李秀英', '李秀华'))).rejects.toMatchObject({
      code: 'bundle.signature',
    });
    const first = await county.service.importBundle(saved);
    expect(first.results.every((r) => r.status === 'applied')).toBe(true);
    const again = await county.service.importBundle(saved);
    expect(again.results.every((r) => r.status === 'duplicate')).toBe(true);
    const report = await a.sync();
    expect(report.pushed).toBeGreaterThan(0);
    expect(await a.env.db.outbox.count()).toBe(0);
    expect(await county.service.record('seekers', person.id)).toMatchObject({ name: '李秀英' });
  });

  it('speaks plain JSON to a server that does not offer the compact encoding', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const person = seekerInput();
    must(await saveSeeker(a.env, a.actor, person));
    const types: string[] = [];
    const plainOnly = (async (input: RequestInfo | URL, init?: RequestInit) => {
      types.push(String((init?.headers as Record<string, string> | undefined)?.['content-type'] ?? ''));
      const response = await fetch(input, init);
      if (!String(input).endsWith('/health')) return response;
      const { encodings: _e, ...health } = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify(health), {
        status: response.status,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const transport = await configuredTransport(a.env, a.platform, plainOnly);
    if (!transport) throw new Error('not enrolled');
    const report = await syncOnce({
      db: a.env.db,
      transport,
      now: a.env.now,
      pinyin: loadPinyin,
      session: newSyncSession(),
    });
    expect(report.pushed).toBeGreaterThan(0);
    expect(types).toContain('application/json');
    expect(types).not.toContain(COMPACT_CONTENT_TYPE);
    expect(await county.service.record('seekers', person.id)).toMatchObject({ name: '李秀英' });
  });
});
