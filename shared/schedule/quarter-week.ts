import {
  DAYS,
  EMPTY_WEEK,
  SLOT_MINUTES,
  SLOTS_PER_DAY,
  fromSlots,
  toSlots,
  withRange,
  type Day,
  type WeekGrid,
} from './week-grid';

/**
 * A job's week to the quarter hour: 7 days × 96 quarter-hours. The half-hour week grid (week-grid.ts) stays what
 * staff paint and what every record has; a job may add a quarter grid beside it when a shift starts or ends on a
 * quarter hour (08:15, 15:45). Stored as 168 hex characters (24 per day, quarter 0 in the lowest bit of the day).
 * The half-hour grid of such a job is the half-hours its quarters touch, so a reader that knows only half hours
 * still sees every minute worked; a job without a quarter grid works every quarter of its painted half-hours.
 */
export const QUARTERS_PER_DAY = 96;
export const QUARTER_MINUTES = 15;
const HEX_PER_DAY = 24;
const CHUNK_BITS = 24;

export type QuarterGrid = string;
const QUARTER_PATTERN = /^[0-9a-f]{168}$/;
export const isQuarterGrid = (value: string): boolean => QUARTER_PATTERN.test(value);

/** The week as 672 booleans (day-major). */
export function toQuarters(grid: QuarterGrid): boolean[] {
  const out: boolean[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    const hex = grid.slice(d * HEX_PER_DAY, (d + 1) * HEX_PER_DAY);
    // four 24-bit chunks, the lowest quarters last in the text
    const chunks = [3, 2, 1, 0].map((k) => parseInt(hex.slice((3 - k) * 6, (4 - k) * 6), 16));
    const ordered = [chunks[3] ?? 0, chunks[2] ?? 0, chunks[1] ?? 0, chunks[0] ?? 0];
    for (let q = 0; q < QUARTERS_PER_DAY; q += 1)
      out.push((((ordered[Math.floor(q / CHUNK_BITS)] ?? 0) >> (q % CHUNK_BITS)) & 1) === 1);
  }
  return out;
}

export function fromQuarters(quarters: readonly boolean[]): QuarterGrid {
  let out = '';
  for (let d = 0; d < DAYS; d += 1) {
    const chunks = [0, 0, 0, 0];
    for (let q = 0; q < QUARTERS_PER_DAY; q += 1)
      if (quarters[d * QUARTERS_PER_DAY + q]) {
        const k = Math.floor(q / CHUNK_BITS);
        chunks[k] = (chunks[k] ?? 0) | (1 << (q % CHUNK_BITS));
      }
    for (let k = 3; k >= 0; k -= 1) out += (chunks[k] ?? 0).toString(16).padStart(6, '0');
  }
  return out;
}

/** A half-hour week as quarters: each painted half-hour is both its quarters. */
export function quartersOfHalfHours(grid: WeekGrid): boolean[] {
  const slots = toSlots(grid);
  // a plain loop: every posting is prepared through here, and flatMap's pair per slot costs twice the time
  const out = new Array<boolean>(slots.length * 2);
  for (let i = 0; i < slots.length; i += 1) {
    const on = slots[i] === true;
    out[2 * i] = on;
    out[2 * i + 1] = on;
  }
  return out;
}

/** The half-hours a quarter week touches: a half-hour is set when either of its quarters is. */
export function halfHoursTouched(quarters: readonly boolean[]): WeekGrid {
  const slots: boolean[] = [];
  for (let i = 0; i < DAYS * SLOTS_PER_DAY; i += 1)
    slots.push(Boolean(quarters[2 * i]) || Boolean(quarters[2 * i + 1]));
  return fromSlots(slots);
}

/** A job's schedule as quarters: its quarter grid when it has one, else its half-hours. */
export function scheduleQuarters(schedule: { readonly grid: WeekGrid; readonly quarters?: QuarterGrid }): boolean[] {
  return schedule.quarters !== undefined && isQuarterGrid(schedule.quarters)
    ? toQuarters(schedule.quarters)
    : quartersOfHalfHours(schedule.grid);
}

/** One day's stretch of work in minutes after midnight, [from, to). */
export interface Shift {
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

/** The maximal stretches of a quarter week, day by day, in minutes. */
export function shifts(quarters: readonly boolean[]): Shift[] {
  const out: Shift[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    let start = -1;
    for (let q = 0; q <= QUARTERS_PER_DAY; q += 1) {
      const on = q < QUARTERS_PER_DAY && Boolean(quarters[d * QUARTERS_PER_DAY + q]);
      if (on && start < 0) start = q;
      if (!on && start >= 0) {
        out.push({ day: d, from: start * QUARTER_MINUTES, to: q * QUARTER_MINUTES });
        start = -1;
      }
    }
  }
  return out;
}

/**
 * The quarter grid for a painted half-hour grid whose shifts start or end a quarter hour inside their painted edges:
 * each of `exact` is a painted stretch's real start and end (08:15 for one painted from 08:00, 15:45 for one painted
 * to 16:00). One that does not fit a painted stretch — each edge at it or 15 minutes inside it — is ignored, so a
 * repainted grid keeps only the edges that still fit. Undefined when no edge moves: the half-hours say it all.
 */
export function withShiftEdges(grid: WeekGrid, exact: readonly Shift[]): QuarterGrid | undefined {
  const quarters = quartersOfHalfHours(grid);
  let moved = false;
  for (const run of shifts(quarters)) {
    const fit = exact.find(
      (e) =>
        e.day === run.day &&
        (e.from === run.from || e.from === run.from + QUARTER_MINUTES) &&
        (e.to === run.to || e.to === run.to - QUARTER_MINUTES) &&
        e.to > e.from,
    );
    if (!fit) continue;
    const base = run.day * QUARTERS_PER_DAY;
    if (fit.from !== run.from) quarters[base + run.from / QUARTER_MINUTES] = false;
    if (fit.to !== run.to) quarters[base + run.to / QUARTER_MINUTES - 1] = false;
    moved = moved || fit.from !== run.from || fit.to !== run.to;
  }
  return moved ? fromQuarters(quarters) : undefined;
}

/**
 * A job's grid schedule from a form: the painted half-hours and the quarter grid last set, whose edges are kept
 * only where they still fit the painting (a repainted shift starts again on its painted edges).
 */
export function gridSchedule(
  grid: WeekGrid,
  quarters: QuarterGrid | undefined,
): { readonly kind: 'grid'; readonly grid: WeekGrid; readonly quarters?: QuarterGrid } {
  const kept =
    quarters !== undefined && isQuarterGrid(quarters) ? withShiftEdges(grid, shifts(toQuarters(quarters))) : undefined;
  return kept === undefined ? { kind: 'grid', grid } : { kind: 'grid', grid, quarters: kept };
}

/** 945 → "15:45". */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A shift on the given days from `from` to `to` (minutes, on the quarter hour): its painted half-hours and quarters. */
export function shiftSchedule(
  days: readonly Day[],
  from: number,
  to: number,
): { readonly kind: 'grid'; readonly grid: WeekGrid; readonly quarters?: QuarterGrid } {
  const grid = withRange(EMPTY_WEEK, days, Math.floor(from / SLOT_MINUTES), Math.ceil(to / SLOT_MINUTES), true);
  return gridSchedule(
    grid,
    withShiftEdges(
      grid,
      days.map((day) => ({ day, from, to })),
    ),
  );
}
