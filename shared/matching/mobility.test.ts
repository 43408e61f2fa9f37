import { describe, expect, it } from 'vitest';
import { presetGrid } from '../schedule/week-grid';
import type { Job } from '../entities/job';
import type { Mobility } from '../entities/seeker';
import { createMatchContext } from './context';
import { explainPair } from './explain';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';

/**
 * Getting about: a wheelchair user is not matched to a workplace known to have steps, and is told when nobody has
 * asked yet; someone who cannot walk far is not matched to work that means walking. Home-based work is done at home.
 */
const HOME = '522626101201';
const employer = { id: synthId(2, 1), villageCode: HOME, deleted: false };
const ctx = createMatchContext({
  today: '2026-03-02',
  villages: [makeVillage(HOME, 27.1, 108.7)],
  employers: [employer],
});
const person = (mobility?: Mobility) =>
  makeSeeker(synthId(4, 1), {
    villageCode: HOME,
    availability: presetGrid('weekdaysFullDay'),
    physical: {
      standingHoursMax: null,
      liftKgMax: null,
      eyesight: 'good',
      hands: 'full',
      ...(mobility ? { mobility } : {}),
    },
  });
const workplace = (physical: Pick<Job['physical'], 'stepFree' | 'muchWalking'>, place: Job['workplace'] = 'on-site') =>
  makeJob(synthId(3, 1), employer.id, {
    workplace: place,
    schedule: { kind: 'grid', grid: presetGrid('schoolHours') },
    physical: { standingHours: 0, liftKg: 0, fineEyesight: false, bothHands: false, ...physical },
  });
const texts = (rs: readonly { zh: string }[]) => rs.map((r) => r.zh);

describe('mobility and an accessible workplace', () => {
  it('a wheelchair user and a workplace with steps: excluded, and the physical check says why', () => {
    const why = explainPair(person('wheelchair'), workplace({ stepFree: 'no' }), ctx);
    expect(why.verdict).toBe('excluded');
    const physical = why.checks.find((c) => c.filter === 'physical');
    expect(physical?.outcome).toBe('fail');
    expect(texts(physical?.reasons ?? [])).toEqual(['求职者坐轮椅，工作场所有台阶或进不去轮椅']);
  });

  it('access not known yet: still a match, with a reason against that says to ask first', () => {
    for (const stepFree of ['unknown', undefined] as const) {
      const why = explainPair(person('wheelchair'), workplace(stepFree ? { stepFree } : {}), ctx);
      expect(why.verdict).toBe('match');
      expect(texts(why.reasonsAgainst)).toContain(
        '还不知道工作场所轮椅能不能进出（有没有台阶、厕所能不能用）：推荐前先问用人单位',
      );
    }
  });

  it('a step-free workplace is a reason for; home-based work has no access question', () => {
    const yes = explainPair(person('wheelchair'), workplace({ stepFree: 'yes' }), ctx);
    expect(yes.verdict).toBe('match');
    expect(texts(yes.reasonsFor)).toContain('工作场所没有台阶，轮椅能进出');
    const home = explainPair(person('wheelchair'), workplace({ stepFree: 'no' }, 'home-based'), ctx);
    expect(home.verdict).toBe('match');
    expect(texts(home.reasonsAgainst).join()).not.toContain('轮椅');
  });

  it('work that means walking: not for someone who cannot walk far or uses a wheelchair; fine for anyone else', () => {
    const walking = workplace({ muchWalking: true, stepFree: 'yes' });
    const short = explainPair(person('limited-walking'), walking, ctx);
    expect(short.verdict).toBe('excluded');
    expect(texts(short.checks.find((c) => c.filter === 'physical')?.reasons ?? [])).toEqual([
      '岗位要经常走动或走远路，求职者走不了远路',
    ]);
    expect(explainPair(person('wheelchair'), walking, ctx).verdict).toBe('excluded');
    expect(explainPair(person('full'), walking, ctx).verdict).toBe('match');
    // a record from before mobility was asked: no limit known
    expect(explainPair(person(), walking, ctx).verdict).toBe('match');
    // someone who cannot walk far is not kept out of a workplace with steps
    expect(explainPair(person('limited-walking'), workplace({ stepFree: 'no' }), ctx).verdict).toBe('match');
  });
});
