import { DAYS, SLOT_MINUTES, SLOTS_PER_DAY } from '../schedule/week-grid';
import { hasSlot, type Bits } from './bits';

/**
 * Slots in plain words: "周一至周五 15:30–17:00" / "Mon–Fri 15:30–17:00". Days with the same times are
 * grouped; runs of consecutive days are joined with 至 / –.
 */
const DAY_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const DAY_EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A stretch of one day in minutes after midnight, [from, to). */
export interface MinuteRange {
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

export interface Run {
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

/** Maximal runs of set slots, day by day. */
export function runs(bits: Bits): Run[] {
  const out: Run[] = [];
  for (let d = 0; d < DAYS; d += 1) {
    let start = -1;
    for (let s = 0; s <= SLOTS_PER_DAY; s += 1) {
      const on = s < SLOTS_PER_DAY && hasSlot(bits, d, s);
      if (on && start < 0) start = s;
      if (!on && start >= 0) {
        out.push({ day: d, from: start, to: s });
        start = -1;
      }
    }
  }
  return out;
}

function dayList(days: readonly number[], names: readonly string[], through: string, sep: string): string {
  const parts: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] ?? 0) === (days[j] ?? 0) + 1) j += 1;
    const a = names[days[i] ?? 0] ?? '';
    const b = names[days[j] ?? 0] ?? '';
    parts.push(j - i >= 2 ? `${a}${through}${b}` : j > i ? `${a}${sep}${b}` : a);
    i = j + 1;
  }
  return parts.join(sep);
}

export function describeSlots(bits: Bits): { zh: string; en: string } {
  return describeRanges(runs(bits).map((r) => ({ day: r.day, from: r.from * SLOT_MINUTES, to: r.to * SLOT_MINUTES })));
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Times of day in minutes, day by day, in the same words: "周一至周五 15:45–16:00". */
export function describeRanges(ranges: readonly MinuteRange[]): { zh: string; en: string } {
  const byTimes = new Map<string, number[]>();
  const perDay = new Map<number, string[]>();
  for (const r of [...ranges].sort((a, b) => a.day - b.day || a.from - b.from))
    perDay.set(r.day, [...(perDay.get(r.day) ?? []), `${hhmm(r.from)}–${hhmm(r.to)}`]);
  for (const [day, times] of perDay) {
    const key = times.join('、');
    byTimes.set(key, [...(byTimes.get(key) ?? []), day]);
  }
  const zh: string[] = [];
  const en: string[] = [];
  for (const [times, days] of byTimes) {
    zh.push(`${dayList(days, DAY_ZH, '至', '、')} ${times}`);
    en.push(`${dayList(days, DAY_EN, '–', ', ')} ${times.replaceAll('、', ', ')}`);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
