import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { withShiftEdges } from '../schedule/quarter-week';
import { EMPTY_WEEK, presetGrid, withRange, WEEKDAYS } from '../schedule/week-grid';
import type { Seeker } from '../entities/seeker';
import { screen, SCREEN_EXCLUDED, SCREEN_MATCH } from './checks';
import { createMatchContext } from './context';
import { explainPair } from './explain';
import { paramsOf, prepareJob, prepareSeeker } from './prepare';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';

/**
 * A job whose shift ends at 15:45 (a quarter grid beside its painted 09:00–16:00): matching sees 15:45, so a 16:00
 * or 15:45 pick-up does not clash and a 15:30 one does, by 15 minutes.
 */
const HOME = '522626101201';
const employer = { id: synthId(2, 1), villageCode: HOME, deleted: false };
const ctx = createMatchContext({
  today: '2026-03-02',
  villages: [makeVillage(HOME, 27.1, 108.7)],
  employers: [employer],
});
const person = (from: string, to: string, workplace: 'on-site' | 'home-based' = 'on-site') => ({
  seeker: makeSeeker(synthId(4, 1), {
    villageCode: HOME,
    availability: presetGrid('weekdaysFullDay'),
    careDuties: [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from, to, note: '' }],
  }),
  workplace,
});
const painted = withRange(EMPTY_WEEK, WEEKDAYS, 18, 32, true); // 09:00–16:00
const job = (exactFrom: number, exactTo: number, workplace: 'on-site' | 'home-based' = 'on-site') =>
  makeJob(synthId(3, 1), employer.id, {
    workplace,
    schedule: {
      kind: 'grid',
      grid: painted,
      quarters: withShiftEdges(
        painted,
        WEEKDAYS.map((day) => ({ day, from: exactFrom, to: exactTo })),
      ),
    },
  });
const T = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const until1545 = job(T('09:00'), T('15:45'));
const verdictOf = (s: Seeker, j = until1545) => explainPair(s, j, ctx).verdict;
const screened = (s: Seeker, j = until1545) => screen(prepareSeeker(s, ctx), prepareJob(j, ctx), paramsOf(ctx));

describe('a shift to the quarter hour in matching', () => {
  it('matches a person whose pick-up is at 16:00 or at 15:45: the shift is over by then', () => {
    for (const at of ['16:00', '15:45']) {
      const { seeker } = person(at, '16:30');
      expect(verdictOf(seeker), at).toBe('match');
      expect(screened(seeker), at).toBe(SCREEN_MATCH);
    }
  });

  it('does not match one whose pick-up is at 15:30, and asks for 15 minutes, 15:30–15:45 — not half an hour', () => {
    const { seeker } = person('15:30', '16:30');
    const why = explainPair(seeker, until1545, ctx);
    expect(why.verdict).toBe('near-miss');
    expect(screened(seeker)).not.toBe(SCREEN_MATCH);
    expect(screened(seeker)).not.toBe(SCREEN_EXCLUDED);
    expect(why.wouldWork.map((r) => r.zh)).toEqual(['请用人单位允许早 15 分钟下班（周一至周五 15:30–15:45）']);
    const against = why.reasonsAgainst.map((r) => r.zh);
    expect(against.join('')).toContain('15:30–15:45');
  });

  it('asks for the real overlap at the start too: a shift from 09:15 against a care duty until 09:30', () => {
    const { seeker } = person('08:00', '09:30');
    const why = explainPair(seeker, job(T('09:15'), T('16:00')), ctx);
    expect(why.wouldWork.map((r) => r.zh)).toEqual(['请用人单位允许晚 15 分钟上班（周一至周五 09:15–09:30）']);
    const { seeker: early } = person('08:00', '09:15');
    expect(verdictOf(early, job(T('09:15'), T('16:00')))).toBe('match');
  });

  it('counts the hours to the quarter: 6¾ hours a day, 33¾ a week', () => {
    expect(prepareJob(until1545, ctx).weeklyHours).toBe(33.75);
    expect(
      prepareJob(makeJob(synthId(3, 2), employer.id, { schedule: { kind: 'grid', grid: painted } }), ctx).weeklyHours,
    ).toBe(35);
  });

  it('reads a half-hour job as before: a 15:45 pick-up against a shift to 16:00 is 15 minutes', () => {
    const { seeker } = person('15:45', '16:30');
    const half = makeJob(synthId(3, 3), employer.id, { schedule: { kind: 'grid', grid: painted } });
    expect(explainPair(seeker, half, ctx).wouldWork.map((r) => r.zh)).toEqual([
      '请用人单位允许早 15 分钟下班（周一至周五 15:45–16:00）',
    ]);
  });
});

describe('a shift to the quarter hour against a care duty typed to the quarter hour (property)', () => {
  const quarter = fc.integer({ min: 8 * 4, max: 20 * 4 }).map((q) => q * 15);
  it('is a match exactly when their minutes do not overlap, and screen and explain agree', () => {
    fc.assert(
      fc.property(quarter, quarter, quarter, quarter, (a, b, c, d) => {
        const [from, to] = a < b ? [a, b] : [b, a + 15];
        const [careFrom, careTo] = c < d ? [c, d] : [d, c + 15];
        // the painted half-hours around the shift, its edges moved in to the quarter
        const paintedShift = withRange(EMPTY_WEEK, [0], Math.floor(from / 30), Math.ceil(to / 30), true);
        const quarters = withShiftEdges(paintedShift, [{ day: 0, from, to }]);
        const j = makeJob(synthId(3, 9), employer.id, {
          schedule: quarters ? { kind: 'grid', grid: paintedShift, quarters } : { kind: 'grid', grid: paintedShift },
        });
        const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        const s = makeSeeker(synthId(4, 9), {
          villageCode: HOME,
          availability: withRange(EMPTY_WEEK, [0], 0, 48, true),
          careDuties: [{ kind: 'school-pickup', days: [0], from: hhmm(careFrom), to: hhmm(careTo), note: '' }],
        });
        const overlap = Math.max(from, careFrom) < Math.min(to, careTo);
        const why = explainPair(s, j, ctx);
        expect(why.verdict === 'match').toBe(!overlap);
        const code = screened(s, j);
        expect(code === SCREEN_MATCH).toBe(why.verdict === 'match');
        expect(code === SCREEN_EXCLUDED).toBe(why.verdict === 'excluded');
        if (why.verdict === 'near-miss') {
          // by the real minutes: start when the duty ends, finish when it begins, or a break as long as the overlap
          const later = Math.min(to, careTo) - from;
          const earlier = to - Math.max(from, careFrom);
          const overlap = Math.min(to, careTo) - Math.max(from, careFrom);
          const fix = why.wouldWork.map((r) => r.zh).join('');
          const minutes = Number(/(\d+) 分钟/.exec(fix)?.[1]);
          expect([later, earlier, overlap]).toContain(minutes);
        }
      }),
      propertyRuns(150),
    );
  });
});
