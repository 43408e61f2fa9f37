import { careSlots, DAYS, SLOTS_PER_DAY, type WeekGrid } from '../schedule/week-grid';

/**
 * A week grid as 14 32-bit words: day d's slots 0–23 in word 2d, slots 24–47 in word 2d+1 (24 bits used in
 * each, the same halves as the 84-character encoding). Parsed once per seeker and job, so a pair check is a
 * handful of integer operations and no allocation.
 */
export const WORDS = DAYS * 2;
export type Bits = Uint32Array;

export function gridBits(grid: WeekGrid): Bits {
  const out = new Uint32Array(WORDS);
  for (let d = 0; d < DAYS; d += 1) {
    const hex = grid.slice(d * 12, d * 12 + 12);
    out[2 * d] = parseInt(hex.slice(6), 16) >>> 0;
    out[2 * d + 1] = parseInt(hex.slice(0, 6), 16) >>> 0;
  }
  return out;
}

export function bitsToGrid(bits: Bits): WeekGrid {
  let out = '';
  for (let d = 0; d < DAYS; d += 1) {
    out +=
      ((bits[2 * d + 1] ?? 0) >>> 0).toString(16).padStart(6, '0') +
      ((bits[2 * d] ?? 0) >>> 0).toString(16).padStart(6, '0');
  }
  return out;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function countBits(bits: Bits): number {
  let n = 0;
  for (let i = 0; i < WORDS; i += 1) n += popcount(bits[i] ?? 0);
  return n;
}

/** a AND NOT b, word by word */
export function andNot(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i += 1) out[i] = ((a[i] ?? 0) & ~(b[i] ?? 0)) >>> 0;
  return out;
}

export function or(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i += 1) out[i] = ((a[i] ?? 0) | (b[i] ?? 0)) >>> 0;
  return out;
}

export function and(a: Bits, b: Bits): Bits {
  const out = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i += 1) out[i] = ((a[i] ?? 0) & (b[i] ?? 0)) >>> 0;
  return out;
}

export function isEmpty(bits: Bits): boolean {
  for (let i = 0; i < WORDS; i += 1) if ((bits[i] ?? 0) !== 0) return false;
  return true;
}

/** Sets slot s of day d. */
export function setSlot(bits: Bits, d: number, s: number): void {
  const w = 2 * d + (s < 24 ? 0 : 1);
  bits[w] = ((bits[w] ?? 0) | (1 << (s < 24 ? s : s - 24))) >>> 0;
}

/** Half-hours of `need` not in `have`: the largest count on one day and the week's total. No allocation. */
export function conflict(need: Bits, have: Bits): { maxPerDay: number; total: number } {
  let maxPerDay = 0;
  let total = 0;
  for (let d = 0; d < WORDS; d += 2) {
    const n =
      popcount(((need[d] ?? 0) & ~(have[d] ?? 0)) >>> 0) + popcount(((need[d + 1] ?? 0) & ~(have[d + 1] ?? 0)) >>> 0);
    total += n;
    if (n > maxPerDay) maxPerDay = n;
  }
  return { maxPerDay, total };
}

/** True when every bit of `need` is in `have`. */
export function inside(need: Bits, have: Bits): boolean {
  for (let i = 0; i < WORDS; i += 1) if (((need[i] ?? 0) & ~(have[i] ?? 0)) >>> 0 !== 0) return false;
  return true;
}

/** Bits in both, counted. */
export function countBoth(a: Bits, b: Bits): number {
  let n = 0;
  for (let i = 0; i < WORDS; i += 1) n += popcount(((a[i] ?? 0) & (b[i] ?? 0)) >>> 0);
  return n;
}

/** Slots within `width` half-hours of a set slot on the same day, not themselves set: a job's margin. */
export function halo(grid: Bits, width: number): Bits {
  const out = new Uint32Array(WORDS);
  for (let d = 0; d < DAYS; d += 1) {
    for (let s = 0; s < SLOTS_PER_DAY; s += 1) {
      if (!hasSlot(grid, d, s)) continue;
      for (let k = Math.max(0, s - width); k <= Math.min(SLOTS_PER_DAY - 1, s + width); k += 1)
        if (!hasSlot(grid, d, k)) setSlot(out, d, k);
    }
  }
  return out;
}

/** The window a care duty keeps free, as bits; a bad time (not half-hour) blocks nothing and is reported by the schema. */
export function careBits(duty: { readonly days: readonly number[]; readonly from: string; readonly to: string }): Bits {
  const out = new Uint32Array(WORDS);
  const slots = careSlots(duty.from, duty.to);
  if (!slots.ok) return out;
  for (const d of duty.days) {
    if (d < 0 || d >= DAYS) continue;
    for (let s = slots.value.from; s < Math.min(SLOTS_PER_DAY, slots.value.to); s += 1) setSlot(out, d, s);
  }
  return out;
}

/** Is slot s of day d set? */
export function hasSlot(bits: Bits, d: number, s: number): boolean {
  const w = bits[2 * d + (s < 24 ? 0 : 1)] ?? 0;
  return ((w >>> (s < 24 ? s : s - 24)) & 1) === 1;
}
