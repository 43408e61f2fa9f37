import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { ATTENDED, latestEvents, latestFor, summarise, type EventLike, type SessionLike } from './attendance';
import { ATTENDANCE_MARKS, type AttendanceMark } from '../entities/attendance-event';

/**
 * Attendance maths: the latest event per trainee and session wins, present/late earn hours, absent/excused
 * do not. Properties over random courses and event logs (fast-check prints the seed and the shrunk case of
 * any failure; FC_SEED replays one).
 */
const runs = propertyRuns(300);

const hlc = (n: number): string => `${String(n).padStart(15, '0')}:00000:dev1`;
const sessionsArb: fc.Arbitrary<SessionLike[]> = fc
  .array(fc.record({ day: fc.integer({ min: 1, max: 28 }), hours: fc.integer({ min: 1, max: 8 }).map((h) => h / 2) }), {
    minLength: 1,
    maxLength: 12,
  })
  .map((xs) => xs.map((x, i) => ({ id: `s${i}`, date: `2026-11-${String(x.day).padStart(2, '0')}`, hours: x.hours })));
const markArb = fc.constantFrom(...ATTENDANCE_MARKS);
const TRAINEES = ['e1', 'e2', 'e3'];

/** A course and a log of events about its sessions, each with a distinct clock value. */
const logArb = sessionsArb.chain((sessions) =>
  fc
    .array(
      fc.record({
        enrolmentId: fc.constantFrom(...TRAINEES),
        session: fc.integer({ min: 0, max: sessions.length - 1 }),
        mark: markArb,
      }),
      { maxLength: 60 },
    )
    .map((raw) => ({
      sessions,
      events: raw.map((r, i): EventLike => ({
        id: `ev${String(i).padStart(3, '0')}`,
        enrolmentId: r.enrolmentId,
        sessionId: `s${r.session}`,
        mark: r.mark,
        updatedAt: hlc(1000 + i),
      })),
    })),
);
const asOfArb = fc.integer({ min: 0, max: 29 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);

describe('attendance properties', () => {
  it('hours add up: attended ≤ held ≤ planned, held + remaining = planned, rate in [0, 1]', () => {
    fc.assert(
      fc.property(logArb, asOfArb, fc.constantFrom(...TRAINEES), ({ sessions, events }, asOf, who) => {
        const s = summarise(sessions, latestEvents(events), who, asOf);
        expect(s.attendedHours).toBeLessThanOrEqual(s.heldHours);
        expect(s.heldHours).toBeLessThanOrEqual(s.plannedHours);
        expect(s.heldHours + s.remainingHours).toBeCloseTo(s.plannedHours, 9);
        if (s.rate !== null) expect(s.rate >= 0 && s.rate <= 1).toBe(true);
        else expect(s.heldHours).toBe(0);
        const marked = s.counts.present + s.counts.late + s.counts.absent + s.counts.excused;
        expect(marked + s.counts.unmarked).toBeLessThanOrEqual(sessions.length);
      }),
      runs,
    );
  });

  it('the order events arrive in does not matter (sync may deliver them in any order)', () => {
    fc.assert(
      fc.property(
        logArb.chain((log) =>
          fc.shuffledSubarray(log.events, { minLength: log.events.length }).map((shuffled) => ({ ...log, shuffled })),
        ),
        asOfArb,
        ({ sessions, events, shuffled }, asOf) => {
          for (const who of TRAINEES)
            expect(summarise(sessions, latestEvents(shuffled), who, asOf)).toEqual(
              summarise(sessions, latestEvents(events), who, asOf),
            );
        },
      ),
      runs,
    );
  });

  it('a later correction changes exactly the one cell it is about', () => {
    fc.assert(
      fc.property(logArb, fc.constantFrom(...TRAINEES), fc.nat(), markArb, ({ sessions, events }, who, pick, mark) => {
        const sessionId = sessions[pick % sessions.length]?.id ?? 's0';
        const before = latestEvents(events);
        const correction: EventLike = {
          id: 'zz-correction',
          enrolmentId: who,
          sessionId,
          mark,
          updatedAt: hlc(999_999),
        };
        const after = latestEvents([...events, correction]);
        expect(latestFor(after, who, sessionId)?.mark).toBe(mark);
        for (const t of TRAINEES)
          for (const s of sessions)
            if (t !== who || s.id !== sessionId) expect(latestFor(after, t, s.id)).toEqual(latestFor(before, t, s.id));
      }),
      runs,
    );
  });

  it('turning a not-attended mark into an attended one never lowers hours or rate', () => {
    fc.assert(
      fc.property(
        logArb,
        asOfArb,
        fc.constantFrom(...TRAINEES),
        fc.nat(),
        fc.constantFrom<AttendanceMark>('present', 'late'),
        ({ sessions, events }, asOf, who, pick, better) => {
          const session = sessions[pick % sessions.length] as SessionLike;
          const latest = latestEvents(events);
          const was = latestFor(latest, who, session.id);
          const before = summarise(sessions, latest, who, asOf);
          const after = summarise(
            sessions,
            latestEvents([
              ...events,
              { id: 'zz', enrolmentId: who, sessionId: session.id, mark: better, updatedAt: hlc(999_999) },
            ]),
            who,
            asOf,
          );
          expect(after.attendedHours).toBeGreaterThanOrEqual(before.attendedHours);
          if (was && ATTENDED[was.mark]) expect(after.attendedHours).toBe(before.attendedHours);
          if (before.rate !== null && after.rate !== null && (was !== undefined || session.date <= asOf))
            expect(after.rate).toBeGreaterThanOrEqual(before.rate);
        },
      ),
      runs,
    );
  });
});

describe('attendance table', () => {
  const sessions: SessionLike[] = [
    { id: 'a', date: '2026-11-20', hours: 4 },
    { id: 'b', date: '2026-11-21', hours: 4 },
    { id: 'c', date: '2026-11-22', hours: 4 },
    { id: 'd', date: '2026-12-01', hours: 4 },
  ];
  const ev = (id: string, sessionId: string, mark: AttendanceMark, t: number): EventLike => ({
    id,
    enrolmentId: 'e1',
    sessionId,
    mark,
    updatedAt: hlc(t),
  });

  it.each([
    [
      'present and late earn hours, excused and absent do not',
      [ev('1', 'a', 'present', 1), ev('2', 'b', 'late', 2), ev('3', 'c', 'excused', 3)],
      8,
      12,
      8 / 12,
    ],
    ['an unmarked held session counts as not attended', [ev('1', 'a', 'present', 1)], 4, 12, 4 / 12],
    [
      'the latest event wins: absent corrected to present',
      [ev('1', 'a', 'absent', 1), ev('2', 'a', 'present', 2)],
      4,
      12,
      4 / 12,
    ],
    [
      'the latest event wins even when it arrives first',
      [ev('2', 'a', 'absent', 2), ev('1', 'a', 'present', 1)],
      0,
      12,
      0,
    ],
    ['a future session marked early counts as held', [ev('1', 'd', 'present', 1)], 4, 16, 4 / 16],
  ])('%s', (_name, events, attended, held, rate) => {
    const s = summarise(sessions, latestEvents(events), 'e1', '2026-11-25');
    expect(s.attendedHours).toBe(attended);
    expect(s.heldHours).toBe(held);
    expect(s.rate).toBeCloseTo(rate, 9);
  });

  it('same clock value: the higher id wins, on every PC', () => {
    const latest = latestEvents([ev('b', 'a', 'present', 5), ev('a', 'a', 'absent', 5)]);
    expect(latestFor(latest, 'e1', 'a')?.mark).toBe('present');
  });

  it('nothing held yet: rate is null, all hours remain', () => {
    const s = summarise(sessions, new Map(), 'e1', '2026-11-01');
    expect(s).toMatchObject({ rate: null, heldHours: 0, remainingHours: 16 });
  });
});
