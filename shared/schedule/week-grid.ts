import { err, ok, type Result } from '../result';

/**
 * A week of half-hour slots: 7 days (Monday first) × 48 slots. Used for a seeker's availability, the windows
 * their care duties keep free, and a job's schedule. Stored as 84 hex characters (12 per day, slot 0 in the
 * lowest bit of the day) — small on the wire and comparable as a string.
 */
export const DAYS = 7;
export const SLOTS_PER_DAY = 48;
export const SLOT_MINUTES = 30;
const HEX_PER_DAY = 12;

export type WeekGrid = string;
export type Day = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const EMPTY_WEEK: WeekGrid = '0'.repeat(DAYS * HEX_PER_DAY);
const GRID_PATTERN = /^[0-9a-f]{84}$/;
export const isWeekGrid = (value: string): boolean => GRID_PATTERN.test(value);

/** "08:30" → slot 17; only whole and half hours; "24:00" is the end of the day (48). */
export function parseTime(hhmm: string): Result<number> {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return err('time.format', `Not a time: ${hhmm}`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || (min !== 0 && min !== 30) || (h === 24 && min !== 0))
    return err('time.format', `Not a half-hour time: ${hhmm}`);
  return ok(h * 2 + min / 30);
}

/** "15:45" → 945, minutes after midnight, for a time on the quarter hour ("24:00" is 1440); null otherwise. */
export function quarterMinutes(hhmm: string): number | null {
  const m = /^(\d{1,2}):(00|15|30|45)$/.exec(hhmm.trim());
  if (!m) return null;
  const value = Number(m[1]) * 60 + Number(m[2]);
  return value <= 24 * 60 ? value : null;
}

/**
 * "15:45" → the half-hour slots it touches: a care duty from 15:45 keeps 15:30 onwards free, one until 16:15
 * keeps everything before 16:30 free. Care duties may be typed to the quarter hour (a school bell is rarely
 * on the half hour); the week grid itself stays in half hours.
 */
export function careSlots(from: string, to: string): Result<{ readonly from: number; readonly to: number }> {
  const a = quarterMinutes(from);
  const b = quarterMinutes(to);
  if (a === null || b === null) return err('time.format', `Not a quarter-hour time: ${from}–${to}`);
  return ok({ from: Math.floor(a / SLOT_MINUTES), to: Math.ceil(b / SLOT_MINUTES) });
}

export function formatSlot(slot: number): string {
  return `${String(Math.floor(slot / 2)).padStart(2, '0')}:${slot % 2 === 0 ? '00' : '30'}`;
}

/** The week as 336 booleans (day-major). */
export function toSlots(grid: WeekGrid): boolean[] {
  const out: boolean[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    const hex = grid.slice(d * HEX_PER_DAY, (d + 1) * HEX_PER_DAY);
    // 48 bits exceed 32-bit bitwise maths: read the day in two 24-bit halves.
    const low = parseInt(hex.slice(6), 16);
    const high = parseInt(hex.slice(0, 6), 16);
    for (let s = 0; s < SLOTS_PER_DAY; s += 1)
      out.push(s < 24 ? ((low >> s) & 1) === 1 : ((high >> (s - 24)) & 1) === 1);
  }
  return out;
}

export function fromSlots(slots: readonly boolean[]): WeekGrid {
  let out = '';
  for (let d = 0; d < DAYS; d += 1) {
    let low = 0;
    let high = 0;
    for (let s = 0; s < SLOTS_PER_DAY; s += 1) {
      if (!slots[d * SLOTS_PER_DAY + s]) continue;
      if (s < 24) low |= 1 << s;
      else high |= 1 << (s - 24);
    }
    out += high.toString(16).padStart(6, '0') + low.toString(16).padStart(6, '0');
  }
  return out;
}

/** Sets [from, to) on the given days. */
export function withRange(grid: WeekGrid, days: readonly Day[], from: number, to: number, on: boolean): WeekGrid {
  const slots = toSlots(grid);
  for (const d of days)
    for (let s = Math.max(0, from); s < Math.min(SLOTS_PER_DAY, to); s += 1) slots[d * SLOTS_PER_DAY + s] = on;
  return fromSlots(slots);
}

/** A cell of the week: day (0 = Monday) and half-hour slot. */
export interface Cell {
  readonly day: number;
  readonly slot: number;
}

/**
 * What dragging from `from` to `to` paints: every cell of the rectangle they span (the days between them × the
 * times between them), set to `on`, over `base` (the week as it was when the drag began). A drag that goes back
 * shrinks the rectangle, and the cells it leaves return to what they were.
 */
export function paintRectangle(base: readonly boolean[], from: Cell, to: Cell, on: boolean): boolean[] {
  const out = [...base];
  const d0 = Math.max(0, Math.min(from.day, to.day));
  const d1 = Math.min(DAYS - 1, Math.max(from.day, to.day));
  const s0 = Math.max(0, Math.min(from.slot, to.slot));
  const s1 = Math.min(SLOTS_PER_DAY - 1, Math.max(from.slot, to.slot));
  for (let d = d0; d <= d1; d += 1) for (let s = s0; s <= s1; s += 1) out[d * SLOTS_PER_DAY + s] = on;
  return out;
}

export function countSlots(grid: WeekGrid): number {
  return toSlots(grid).filter(Boolean).length;
}

/** No slot at all (`countSlots(grid) === 0`), read from the text without taking it apart: a list asks it of every row. */
export function hasNoSlots(grid: WeekGrid): boolean {
  return !/[1-9a-f]/i.test(grid);
}

/** Slots in both grids. */
export function intersect(a: WeekGrid, b: WeekGrid): WeekGrid {
  const x = toSlots(a);
  const y = toSlots(b);
  return fromSlots(x.map((v, i) => v && (y[i] ?? false)));
}

/** Slots of `a` that are not in `b`. */
export function minus(a: WeekGrid, b: WeekGrid): WeekGrid {
  const x = toSlots(a);
  const y = toSlots(b);
  return fromSlots(x.map((v, i) => v && !(y[i] ?? false)));
}

/** Every slot of `inner` is also in `outer`. */
export function within(inner: WeekGrid, outer: WeekGrid): boolean {
  return countSlots(minus(inner, outer)) === 0;
}

export const WEEKDAYS: readonly Day[] = [0, 1, 2, 3, 4];
export const ALL_DAYS: readonly Day[] = [0, 1, 2, 3, 4, 5, 6];

/** Quick presets for the availability editor (times are inclusive-exclusive half-hour slots). */
export const AVAILABILITY_PRESETS = {
  schoolHours: { days: WEEKDAYS, from: '08:30', to: '15:30' },
  mornings: { days: ALL_DAYS, from: '08:00', to: '12:00' },
  afternoons: { days: ALL_DAYS, from: '13:00', to: '17:30' },
  weekdaysFullDay: { days: WEEKDAYS, from: '08:00', to: '18:00' },
  evenings: { days: ALL_DAYS, from: '18:00', to: '21:00' },
  weekends: { days: [5, 6] as readonly Day[], from: '08:00', to: '18:00' },
} as const satisfies Record<string, { days: readonly Day[]; from: string; to: string }>;

export type AvailabilityPreset = keyof typeof AVAILABILITY_PRESETS;

export function presetGrid(preset: AvailabilityPreset): WeekGrid {
  const p = AVAILABILITY_PRESETS[preset];
  const from = parseTime(p.from);
  const to = parseTime(p.to);
  if (!from.ok || !to.ok) throw new Error(`Bad preset ${preset}`);
  return withRange(EMPTY_WEEK, p.days, from.value, to.value, true);
}
