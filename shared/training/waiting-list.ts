import type { Enrolment } from '../entities/enrolment';

/**
 * Seats and the waiting list. A course has seats 1…capacity; enrolled and completed trainees hold one each.
 * When a seat frees (a withdrawal, a bigger capacity), the longest-waiting person (earliest `requestedAt`,
 * then id) takes the lowest free seat.
 */
export type SeatLike = Pick<Enrolment, 'id' | 'seat' | 'status' | 'requestedAt'>;

const holdsSeat = (e: SeatLike): boolean => (e.status === 'enrolled' || e.status === 'completed') && e.seat !== null;

function freeSeats(enrolments: readonly SeatLike[], capacity: number): number[] {
  const taken = new Set(enrolments.filter(holdsSeat).map((e) => e.seat));
  const free: number[] = [];
  for (let seat = 1; seat <= capacity; seat += 1) if (!taken.has(seat)) free.push(seat);
  // A capacity lowered below the seats already held frees nothing.
  const used = enrolments.filter(holdsSeat).length;
  return free.slice(0, Math.max(0, capacity - used));
}

/** The waiting list in order: who is promoted first. */
export function waitingList<E extends SeatLike>(enrolments: readonly E[]): E[] {
  return enrolments
    .filter((e) => e.status === 'waiting')
    .sort((a, b) => a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Where a new enrolment goes: the lowest free seat, or the waiting list when the course is full. */
export function placeFor(
  enrolments: readonly SeatLike[],
  capacity: number,
): { readonly status: 'enrolled'; readonly seat: number } | { readonly status: 'waiting'; readonly seat: null } {
  // Someone already waiting goes first: a newcomer joins the back of the queue.
  const seat = waitingList(enrolments).length === 0 ? freeSeats(enrolments, capacity)[0] : undefined;
  return seat === undefined ? { status: 'waiting', seat: null } : { status: 'enrolled', seat };
}

/** Who moves from the waiting list to which seat, given the course's capacity now. */
export function promotions(
  enrolments: readonly SeatLike[],
  capacity: number,
): { readonly id: string; readonly seat: number }[] {
  const free = freeSeats(enrolments, capacity);
  return waitingList(enrolments)
    .slice(0, free.length)
    .map((e, i) => ({ id: e.id, seat: free[i] as number }));
}
