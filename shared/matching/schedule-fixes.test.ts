import { describe, expect, it } from 'vitest';
import { EMPTY_WEEK, presetGrid, withRange, WEEKDAYS } from '../schedule/week-grid';
import type { Seeker } from '../entities/seeker';
import { createMatchContext } from './context';
import { explainPair } from './explain';
import { makeJob, makeSeeker, makeVillage, synthId } from './synthetic';

/**
 * What would make a schedule near miss work, by the real overlap: care duties are typed to the quarter hour, so a
 * 15:45 pick-up against a shift until 16:00 needs 15 minutes, not the half-hour of the grid.
 */
const HOME = '522626101201';
const employer = { id: synthId(2, 1), villageCode: HOME, deleted: false };
const ctx = createMatchContext({
  today: '2026-03-02',
  villages: [makeVillage(HOME, 27.1, 108.7)],
  employers: [employer],
});
const person = (availability: string, careDuties: Seeker['careDuties']) =>
  makeSeeker(synthId(4, 1), { villageCode: HOME, availability, careDuties });
const pickUp = (from: string, to: string): Seeker['careDuties'] => [
  { kind: 'school-pickup', days: [0, 1, 2, 3, 4], from, to, note: '' },
];
/** A weekday shift in half-hour slots (16 = 08:00). */
const shift = (from: number, to: number) =>
  makeJob(synthId(3, 1), employer.id, {
    schedule: { kind: 'grid', grid: withRange(EMPTY_WEEK, WEEKDAYS, from, to, true) },
  });
const fixes = (s: Seeker, from: number, to: number) => {
  const why = explainPair(s, shift(from, to), ctx);
  expect(why.verdict).toBe('near-miss');
  return why.wouldWork.map((r) => r.zh);
};
const allDay = presetGrid('weekdaysFullDay'); // 08:00–18:00

describe('schedule fixes by the real overlap', () => {
  it('a 15:45 pick-up and a shift until 16:00: leave 15 minutes earlier, 15:45–16:00', () => {
    expect(fixes(person(allDay, pickUp('15:45', '16:15')), 18, 32)).toEqual([
      '请用人单位允许早 15 分钟下班（周一至周五 15:45–16:00）',
    ]);
  });

  it('a pick-up until 16:15 and a shift from 16:00: start 15 minutes later, 16:00–16:15', () => {
    expect(fixes(person(allDay, pickUp('15:45', '16:15')), 32, 35)).toEqual([
      '请用人单位允许晚 15 分钟上班（周一至周五 16:00–16:15）',
    ]);
  });

  it('a care duty inside the shift: a break as long as the duty, when it is', () => {
    const lunch: Seeker['careDuties'] = [
      { kind: 'other', days: [0, 1, 2, 3, 4], from: '12:00', to: '12:15', note: '' },
    ];
    expect(fixes(person(allDay, lunch), 18, 30)).toEqual(['请用人单位在 周一至周五 12:00–12:15 给 15 分钟空档']);
  });

  it('half an hour outside the free time is still half an hour', () => {
    expect(fixes(person(presetGrid('schoolHours'), []), 16, 30)).toEqual([
      '请用人单位允许晚 30 分钟上班（周一至周五 08:00–08:30）',
    ]);
  });
});
