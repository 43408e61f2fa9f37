import { encodeHlc } from '#shared/sync/hlc';
import { expect, it } from 'vitest';
import { saveEmployer, saveJob } from '#renderer/db/commands/employers';
import { recordVisit, registerPlacement, updatePlacement } from '#renderer/db/commands/follow-ups';
import { saveRuleParameter } from '#renderer/db/commands/rule-parameters';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { addStaff } from '#renderer/db/commands/staff';
import { employerInput, jobInput, seekerInput } from '#renderer/test-support/inputs';
import { pin123456 } from '#renderer/test-support/test-env';
import { EMPTY_WEEK, WEEKDAYS, withRange } from '#shared/schedule/week-grid';
import { describeWithCounty, must, station } from './harness';

/**
 * Rights records through the real county server: a county admin's rule parameter and a posting with its
 * pre-screen findings reach the other station (county-shared); placements stay the station's own; a visit
 * is an append-only entry.
 */
describeWithCounty('rights records syncing with the county', (county) => {
  it('pushes a rule parameter, a flagged posting, a placement and a visit; the other station pulls only the county-shared ones', async () => {
    // a: the county office (set up and registered with the county's 6-digit code); b: a village station
    const a = await station(county, '岑巩县人社局', 'deva', undefined, '522626');
    const b = await station(county, '和平村就业服务站', 'devb');
    const admin = must(
      await addStaff(a.env, a.actor, { name: '赵科长', role: 'county_admin', admin: false, pin: await pin123456() }),
    );
    const countyAdmin = { id: admin.id, name: admin.name };
    const row = must(
      await saveRuleParameter(a.env, countyAdmin, {
        id: a.env.newId(),
        areaPrefix: '5226',
        effectiveFrom: '2026-01-01',
        source: '县人社局录入（测试）',
        verified: false,
        note: '',
        value: { kind: 'minimum-wage', tier: null, monthly: 1800, hourly: 17.6 },
      }),
    );
    const employer = employerInput();
    must(await saveEmployer(a.env, a.actor, employer));
    const posting = jobInput(employer.id, {
      pay: { kind: 'hourly', amount: 12 },
      contractKind: 'part-time',
      schedule: { kind: 'grid', grid: withRange(EMPTY_WEEK, WEEKDAYS, 16, 24, true) },
    });
    must(await saveJob(a.env, a.actor, posting));
    const fair = jobInput(employer.id, { title: '整烫工', pay: { kind: 'monthly', amount: 2400 } });
    must(await saveJob(a.env, a.actor, fair));
    const person = seekerInput();
    must(await saveSeeker(a.env, a.actor, person));
    const placement = must(
      await registerPlacement(a.env, a.actor, { seekerId: person.id, jobId: fair.id, startDate: '2026-10-16' }),
    );
    const {
      stationId: _s,
      createdAt: _c,
      updatedAt: _u,
      deleted: _d,
      seekerId: _k,
      jobId: _j,
      employerId: _e,
      ...edit
    } = placement;
    must(await updatePlacement(a.env, a.actor, { ...edit, contractStatus: 'not-signed' }));
    const visit = must(
      await recordVisit(a.env, a.actor, {
        placementId: placement.id,
        kind: 'month-1',
        visitedOn: '2026-11-24',
        answers: [{ questionId: 'deposit-paid', answer: 'yes', evidence: '收据' }],
        note: '',
      }),
    );

    await a.sync();
    expect((await a.env.db.outbox.toArray()).filter((m) => m.rejected)).toEqual([]);
    expect(await a.env.db.outbox.count()).toBe(0);
    expect(await county.service.record('ruleParameters', row.id)).toMatchObject({
      areaPrefix: '5226',
      value: { hourly: 17.6 },
    });
    const pushed = await county.service.record('jobs', posting.id);
    expect(pushed?.['rightsFindings']).toEqual(
      expect.arrayContaining([expect.objectContaining({ checkId: 'pay.minimum-wage', status: 'fail' })]),
    );
    expect(await county.service.record('placements', placement.id)).toMatchObject({
      contractStatus: 'not-signed',
      stationId: a.stationId,
    });
    expect(await county.service.record('visits', visit.id)).toMatchObject({
      kind: 'month-1',
      findings: expect.arrayContaining([expect.objectContaining({ checkId: 'forced.deposit-taken', status: 'fail' })]),
    });

    await b.sync();
    expect((await b.env.db.ruleParameters.get(row.id))?.value).toMatchObject({ hourly: 17.6 });
    expect(
      (await b.env.db.jobs.get(posting.id))?.rightsFindings?.find((f) => f.checkId === 'pay.minimum-wage')?.status,
    ).toBe('fail');
    expect(await b.env.db.placements.count()).toBe(0);
    expect(await b.env.db.visits.count()).toBe(0);
  });

  it('refuses rule parameters from a station that is not the county office, and keeps the change for a person to see', async () => {
    const village = await station(county, '和平村就业服务站', 'devv');
    const id = village.env.newId();
    const hlc = encodeHlc({ ms: village.env.now(), counter: 0, node: 'devv' });
    const fields = {
      id,
      stationId: village.stationId,
      createdAt: village.env.now(),
      updatedAt: hlc,
      deleted: false,
      areaPrefix: '5226',
      effectiveFrom: '2026-01-01',
      source: '村里自己填的',
      verified: false,
      note: '',
      value: { kind: 'minimum-wage', tier: null, monthly: 900, hourly: 5 },
    };
    // as if written by an older app or by hand: the command itself refuses (ruleParameter.notCountyOffice)
    await village.env.db.outbox.add({
      id: village.env.newId(),
      table: 'ruleParameters',
      recordId: id,
      op: 'upsert',
      hlc,
      fields,
    });
    await village.sync();
    const [kept] = (await village.env.db.outbox.toArray()).filter((m) => m.table === 'ruleParameters');
    expect(kept?.rejected).toMatchObject({ code: 'scope' });
    expect(await county.service.record('ruleParameters', id)).toBeFalsy();
  });
});
