import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { presetGrid, WEEKDAYS, withRange } from '../schedule/week-grid';
import { createMatchContext } from './context';
import { explainPair } from './explain';
import { LEVEL_RANK } from './parameters';
import { prepareJob, prepareSeeker } from './prepare';
import { matchSeekersForJob } from './rank';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';
import type { CourseHint, MatchContext } from './types';

/**
 * A skill held below the level a job asks for is a short skill, like a missing one: one short skill is a near
 * miss, offered the course that teaches that skill up to the level asked.
 */
const HOME = '522626101201';
const employer = { id: synthId(2, 1), villageCode: HOME, deleted: false };
const LEVELS = ['beginner', 'skilled', 'expert'] as const;
const ctxWith = (courses: readonly CourseHint[] = []): MatchContext =>
  createMatchContext(
    { today: '2026-03-02', villages: [makeVillage(HOME, 27.1, 108.7)], employers: [employer] },
    { coursesForSkill: (code) => (code === 'sewing-machine' ? courses : []) },
  );
const sewer = (level: (typeof LEVELS)[number], extra: { code: string; level: (typeof LEVELS)[number] }[] = []) =>
  makeSeeker(synthId(4, 1), {
    villageCode: HOME,
    availability: presetGrid('weekdaysFullDay'),
    skills: [{ code: 'sewing-machine', level }, ...extra],
  });
const job = (skills: { code: string; level: (typeof LEVELS)[number] }[], grid = presetGrid('schoolHours')) =>
  makeJob(synthId(3, 1), employer.id, { skills, schedule: { kind: 'grid', grid } });
const skilledSewing = job([{ code: 'sewing-machine', level: 'skilled' }]);

describe('a skill held below the level asked', () => {
  it('is a near miss on skills, with the shortfall as the reason', () => {
    const why = explainPair(sewer('beginner'), skilledSewing, ctxWith());
    expect(why.verdict).toBe('near-miss');
    const skills = why.checks.find((c) => c.filter === 'skills');
    expect(skills).toMatchObject({ outcome: 'fail', softenable: true });
    expect(skills?.reasons.map((r) => r.zh)).toEqual(['缝纫机操作：岗位要熟练，求职者为入门']);
    expect(why.wouldWork.map((r) => r.zh)).toEqual(['把缝纫机操作提高到熟练（目前没有对应课程）']);
  });

  it('at the level asked or above, it is a match', () => {
    for (const level of ['skilled', 'expert'] as const)
      expect(explainPair(sewer(level), skilledSewing, ctxWith()).verdict, level).toBe('match');
  });

  it('offers the courses that reach the level asked, not those that stop below it', () => {
    const courses = [
      { id: 'c1', title: '缝纫入门班', level: LEVEL_RANK.beginner },
      { id: 'c2', title: '缝纫提高班', level: LEVEL_RANK.skilled },
      { id: 'c3', title: '缝纫技师班', level: LEVEL_RANK.expert },
    ];
    const why = explainPair(sewer('beginner'), skilledSewing, ctxWith(courses));
    expect(why.wouldWork.map((r) => r.zh)).toEqual([
      '参加“缝纫提高班”，把缝纫机操作提高到熟练',
      '参加“缝纫技师班”，把缝纫机操作提高到熟练',
    ]);
    expect(why.wouldWork.map((r) => r.params.courseId)).toEqual(['c2', 'c3']);
    // someone without the skill at all is offered the same courses, to learn it
    const none = makeSeeker(synthId(4, 2), { villageCode: HOME, availability: presetGrid('weekdaysFullDay') });
    expect(explainPair(none, skilledSewing, ctxWith(courses)).wouldWork.map((r) => r.params.courseId)).toEqual([
      'c2',
      'c3',
    ]);
  });

  it('one short skill and one missing skill are two misses: excluded; a short skill with a clash of hours too', () => {
    const two = job([
      { code: 'sewing-machine', level: 'skilled' },
      { code: 'embroidery', level: 'beginner' },
    ]);
    expect(explainPair(sewer('beginner'), two, ctxWith()).verdict).toBe('excluded');
    expect(explainPair(sewer('skilled', [{ code: 'embroidery', level: 'beginner' }]), two, ctxWith()).verdict).toBe(
      'match',
    );
    // until 18:30: half an hour past her day, a near miss on its own; with a short skill too, two misses
    const late = withRange(presetGrid('weekdaysFullDay'), WEEKDAYS, 36, 37, true);
    expect(
      explainPair(sewer('skilled'), job([{ code: 'sewing-machine', level: 'skilled' }], late), ctxWith()).verdict,
    ).toBe('near-miss');
    expect(
      explainPair(sewer('beginner'), job([{ code: 'sewing-machine', level: 'skilled' }], late), ctxWith()).verdict,
    ).toBe('excluded');
  });

  it('for any levels held and asked: short is a softenable skills failure, enough is a pass (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LEVELS), fc.constantFrom(...LEVELS), (has, asked) => {
        const ctx = ctxWith();
        const why = explainPair(sewer(has), job([{ code: 'sewing-machine', level: asked }]), ctx);
        const short = LEVEL_RANK[has] < LEVEL_RANK[asked];
        expect(why.verdict).toBe(short ? 'near-miss' : 'match');
        expect(why.checks.find((c) => c.filter === 'skills')?.outcome).toBe(short ? 'fail' : 'pass');
        // the ranking agrees with the explanation
        const list = matchSeekersForJob(
          prepareJob(job([{ code: 'sewing-machine', level: asked }]), ctx),
          [prepareSeeker(sewer(has), ctx)],
          ctx,
        );
        expect([list.matchCount, list.nearMissCount]).toEqual(short ? [0, 1] : [1, 0]);
        if (short) expect(list.nearMisses[0]?.failed).toBe('skills');
      }),
      propertyRuns(30),
    );
  });
});
