import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { saveEmployer, saveJob } from '#renderer/db/commands/employers';
import { recordVisit, registerPlacement } from '#renderer/db/commands/follow-ups';
import { createReferral } from '#renderer/db/commands/referrals';
import { revealSeekerField, saveSeeker } from '#renderer/db/commands/seekers';
import { employerInput, jobInput, seekerInput } from '#renderer/test-support/inputs';
import { exportPendingBundle } from '#renderer/sync/account';
import { PSEUDONYMOUS_SEEKER_FIELDS } from '#shared/privacy/county-release';
import { encodeHlc } from '#shared/sync/hlc';
import { describeWithCounty, must, station, type TestStation } from './harness';
import { newTap, tappedSync } from './wire-tap';

const noCounty = { date: '2026-11-20', matching: true, county: false, recordedBy: 'staff', withdrawnOn: null };

/** A person with text about them in every kind of record the station keeps: referral, placement, visit, audit. */
async function personWithHistory(s: TestStation, consent = noCounty) {
  const person = seekerInput({
    consent,
    notes: '住村东头第三家',
    careDuties: [{ kind: 'school-pickup', days: [1, 2], from: '15:30', to: '16:30', note: '接孙子小明' }],
  });
  must(await saveSeeker(s.env, s.actor, person));
  const employer = employerInput();
  must(await saveEmployer(s.env, s.actor, employer));
  const job = jobInput(employer.id);
  must(await saveJob(s.env, s.actor, job));
  must(
    await createReferral(s.env, s.actor, { seekerId: person.id, jobId: job.id, today: '2026-11-25', note: '她嫌远' }),
  );
  const placement = must(
    await registerPlacement(s.env, s.actor, {
      seekerId: person.id,
      jobId: job.id,
      startDate: '2026-11-25',
      note: '她丈夫在同厂',
    }),
  );
  must(
    await recordVisit(s.env, s.actor, {
      placementId: placement.id,
      kind: 'week-1',
      visitedOn: '2026-12-02',
      answers: [],
      note: '工友说她常哭',
    }),
  );
  must(await revealSeekerField(s.env, s.actor, person.id, 'phone', '回电确认李秀英的电话'));
  return { person, placement };
}

/** What must never reach the county about the person without their consent. */
const SECRETS = ['李秀英', '11010519491231002X', '13812345678', '村东头', '小明', '她嫌远', '同厂', '常哭', '回电确认'];

const absentFrom = (text: string) => SECRETS.filter((secret) => text.includes(secret));

describeWithCounty('what of a person leaves the station PC', (county) => {
  it('without county consent: only the pseudonymous record, on the wire, in a USB file and at the county', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const { person, placement } = await personWithHistory(a);
    // A person who did consent goes in full over the same wire: the tap sees what is sent.
    must(
      await saveSeeker(
        a.env,
        a.actor,
        seekerInput({
          name: '王小红',
          idNumber: '110105198001010016',
          birthDate: '1980-01-01',
          sex: 'male',
          phone: '13700000000',
        }),
      ),
    );

    let file = '';
    const platform = {
      ...a.platform,
      saveFile: async ({ content }: { content: string }) => (
        (file = content),
        { ok: true as const, value: { saved: true } }
      ),
    };
    must(await exportPendingBundle(a.env, platform, a.actor));
    expect(absentFrom(file)).toEqual([]);
    expect(file).toContain('王小红');

    const tap = newTap();
    const report = await tappedSync(a, tap);
    expect(report.rejected).toBe(0);
    expect(absentFrom(tap.sentText())).toEqual([]);
    expect(tap.sentText()).toContain('王小红');

    const held = (await county.service.record('seekers', person.id)) ?? {};
    expect(Object.keys(held).every((key) => PSEUDONYMOUS_SEEKER_FIELDS.has(key))).toBe(true);
    expect(held).toMatchObject({
      sex: 'female',
      birthDate: '1949-07-01',
      villageCode: '522626101203',
      groups: ['single-parent'],
    });
    expect(await county.service.record('placements', placement.id)).toMatchObject({ note: '', seekerId: person.id });
    const log = await county.db.transaction((sql) => sql.all<{ fields: string }>('SELECT fields FROM mutations'));
    expect(absentFrom(log.map((r) => r.fields).join('\n'))).toEqual([]);
  });

  it('consent given later sends the whole record and the text about the person then', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const { person, placement } = await personWithHistory(a);
    await a.sync();
    expect((await county.service.record('seekers', person.id))?.name).toBeUndefined();
    a.env.clock.now += 60_000;
    must(await saveSeeker(a.env, a.actor, { ...person, consent: { ...noCounty, county: true } }));
    const tap = newTap();
    await tappedSync(a, tap);
    expect(tap.sentText()).toContain('李秀英');
    expect(await county.service.record('seekers', person.id)).toMatchObject({
      name: '李秀英',
      idNumber: person.idNumber,
      phone: person.phone,
      birthDate: person.birthDate,
      notes: '住村东头第三家',
    });
    expect(await county.service.record('placements', placement.id)).toMatchObject({ note: '她丈夫在同厂' });
  });

  it('unticking the county box erases the person at the county; they stay in matching here', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const { person, placement } = await personWithHistory(a, { ...noCounty, county: true });
    await a.sync();
    expect(await county.service.record('placements', placement.id)).toMatchObject({ note: '她丈夫在同厂' });
    a.env.clock.now += 60_000;
    must(await saveSeeker(a.env, a.actor, { ...person, consent: noCounty }));
    await a.sync();
    const held = (await county.service.record('seekers', person.id)) ?? {};
    expect(held).toMatchObject({ deleted: false, status: 'active', birthDate: '1949-07-01' });
    expect(absentFrom(JSON.stringify(held))).toEqual([]);
    expect(await county.service.record('placements', placement.id)).toMatchObject({ note: '' });
    const log = await county.db.transaction((sql) => sql.all<{ fields: string }>('SELECT fields FROM mutations'));
    expect(absentFrom(log.map((r) => r.fields).join('\n'))).toEqual([]);
    expect(await a.env.db.seekers.get(person.id)).toMatchObject({ name: '李秀英', deleted: false });
  });

  it('the county keeps a person without consent pseudonymously whatever an older app sends it', async () => {
    const a = await station(county, '幸福村就业服务站', 'deva');
    const person = seekerInput({ consent: noCounty });
    const enrollmentId = String(
      (
        await county.db.transaction((sql) => sql.all('SELECT id FROM enrollments WHERE station_id = ?', [a.stationId]))
      )[0]?.id,
    );
    const { stationId } = a;
    const results = await county.service.push({ kind: 'station', stationId, enrollmentId }, [
      {
        id: '0192f000-0000-7000-8000-00000000a001',
        table: 'seekers',
        recordId: person.id,
        op: 'upsert',
        hlc: encodeHlc({ ms: a.env.now(), counter: 0, node: 'deva' }),
        fields: { ...person, stationId, createdAt: 1, deleted: false },
      },
      {
        // a clock two days ahead: held in quarantine, and held pseudonymous too
        id: '0192f000-0000-7000-8000-00000000a002',
        table: 'seekers',
        recordId: person.id,
        op: 'upsert',
        hlc: encodeHlc({ ms: Date.now() + 2 * 86_400_000, counter: 0, node: 'deva' }),
        fields: { notes: '李秀英住村东头', phone: '13812345678' },
      },
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'held']);
    expect(results[1]?.code).toBe('clock.ahead');
    expect(absentFrom(JSON.stringify(await county.service.hold.list()))).toEqual([]);
    expect((await county.service.record('seekers', person.id))?.name).toBeUndefined();
    const log = await county.db.transaction((sql) => sql.all<{ fields: string }>('SELECT fields FROM mutations'));
    expect(absentFrom(log.map((r) => r.fields).join('\n'))).toEqual([]);
    expect(await county.service.duplicates()).toEqual([]);
  });
});
