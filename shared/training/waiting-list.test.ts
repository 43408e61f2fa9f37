import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { placeFor, promotions, waitingList, type SeatLike } from './waiting-list';

const runs = propertyRuns(300);

/** Enrols people one by one as the command does, withdrawing some, and promoting after each withdrawal. */
function simulate(capacity: number, steps: readonly ('enrol' | number)[]): SeatLike[] {
  let list: SeatLike[] = [];
  let n = 0;
  for (const step of steps) {
    if (step === 'enrol') {
      n += 1;
      const place = placeFor(list, capacity);
      list.push({ id: `p${String(n).padStart(3, '0')}`, requestedAt: n, ...place });
    } else if (list.length > 0) {
      const target = list[step % list.length] as SeatLike;
      list = list.map((e) => (e.id === target.id ? { ...e, status: 'withdrawn', seat: null } : e));
      const moves = promotions(list, capacity);
      list = list.map((e) => {
        const m = moves.find((x) => x.id === e.id);
        return m ? { ...e, status: 'enrolled', seat: m.seat } : e;
      });
    }
  }
  return list;
}

describe('waiting list properties', () => {
  it('never more seated than capacity, no seat twice, and nobody waits while a seat is free', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.oneof(fc.constant('enrol' as const), fc.nat(50)), { maxLength: 40 }),
        (capacity, steps) => {
          const list = simulate(capacity, steps);
          const seated = list.filter((e) => e.status === 'enrolled');
          expect(seated.length).toBeLessThanOrEqual(capacity);
          expect(new Set(seated.map((e) => e.seat)).size).toBe(seated.length);
          for (const e of seated) expect(e.seat !== null && e.seat >= 1 && e.seat <= capacity).toBe(true);
          if (waitingList(list).length > 0) expect(seated.length).toBe(capacity);
        },
      ),
      runs,
    );
  });

  it('first come, first served: whoever is promoted asked before everyone still waiting', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.oneof(fc.constant('enrol' as const), fc.nat(50)), { maxLength: 40 }),
        (capacity, steps) => {
          const list = simulate(capacity, steps);
          const moves = promotions(list, capacity + 2);
          const promoted = new Set(moves.map((m) => m.id));
          const stillWaiting = waitingList(list).filter((e) => !promoted.has(e.id));
          for (const m of moves)
            for (const w of stillWaiting)
              expect((list.find((e) => e.id === m.id) as SeatLike).requestedAt).toBeLessThan(w.requestedAt);
        },
      ),
      runs,
    );
  });
});

describe('waiting list table', () => {
  const seated = (id: string, seat: number): SeatLike => ({ id, seat, status: 'enrolled', requestedAt: 1 });
  it('takes the lowest free seat', () => {
    expect(placeFor([seated('a', 1), seated('b', 3)], 3)).toEqual({ status: 'enrolled', seat: 2 });
  });
  it('full: waits', () => {
    expect(placeFor([seated('a', 1), seated('b', 2)], 2)).toEqual({ status: 'waiting', seat: null });
  });
  it('a newcomer does not jump the queue', () => {
    expect(placeFor([seated('a', 1), { id: 'w', seat: null, status: 'waiting', requestedAt: 2 }], 2)).toEqual({
      status: 'waiting',
      seat: null,
    });
  });
  it('completed trainees keep their seat; a lowered capacity promotes no one', () => {
    const list: SeatLike[] = [
      { ...seated('a', 1), status: 'completed' },
      seated('b', 2),
      seated('c', 3),
      { id: 'w', seat: null, status: 'waiting', requestedAt: 5 },
    ];
    expect(promotions(list, 2)).toEqual([]);
    expect(promotions(list, 4)).toEqual([{ id: 'w', seat: 4 }]);
  });
});
