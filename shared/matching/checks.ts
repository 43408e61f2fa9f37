import { QUARTER_MINUTES } from '../schedule/quarter-week';
import { SLOT_MINUTES } from '../schedule/week-grid';
import { conflict, hasSlot, inside, setSlot, type Bits } from './bits';
import { chord2, placeKm, tripMinutes } from './commute';
import type { MatchParameters } from './parameters';
import type { PreparedJob, PreparedSeeker, SoftenableFilter } from './types';

/**
 * The hard filters as small pure functions over prepared data, and `screen`, which runs them cheapest first
 * with no allocation: the fast path that decides match / near miss / excluded for every pair in a ranking.
 * `explain.ts` builds the reasons from the same functions, so both always agree (a property test checks it).
 */

/**
 * The seeker's free time that counts for this job: home-based work is not blocked by care done at home. A half-hour
 * the job works only a quarter of is free when the person is available then and no care duty meets that quarter
 * to the minute (a shift to 15:45 and a pick-up at 15:45 share the half-hour 15:30–16:00, not a minute).
 */
export function freeFor(ps: PreparedSeeker, pj: PreparedJob): Bits {
  const base = pj.homeBased ? ps.freeHome : ps.freeOnSite;
  if (pj.partial.length === 0) return base;
  let out: Bits | null = null;
  for (const part of pj.partial) {
    if (hasSlot(base, part.day, part.slot) || !hasSlot(ps.availability, part.day, part.slot)) continue;
    const from = part.slot * SLOT_MINUTES + part.quarter * QUARTER_MINUTES;
    const meets = ps.careWindows.some(
      (c) =>
        (c.leaving || !pj.homeBased) && c.days.includes(part.day) && c.from < from + QUARTER_MINUTES && c.to > from,
    );
    if (meets) continue;
    out ??= Uint32Array.from(base);
    setSlot(out, part.day, part.slot);
  }
  return out ?? base;
}
export const freeCountFor = (ps: PreparedSeeker, pj: PreparedJob): number =>
  pj.homeBased ? ps.freeHomeCount : ps.freeOnSiteCount;

export const isMinor = (ps: PreparedSeeker, p: MatchParameters): boolean => ps.age < p.legal.adultAge;

export function prohibitedFor(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): 'minor' | 'pregnant' | null {
  if (pj.prohibitedForMinors && isMinor(ps, p)) return 'minor';
  if (pj.prohibitedForPregnant && ps.pregnant) return 'pregnant';
  return null;
}

/** A wheelchair user at a workplace known to have steps; someone who cannot walk far in work that means walking. */
export const accessFails = (ps: PreparedSeeker, pj: PreparedJob): boolean => ps.mobility >= 2 && pj.stepFree === false;
export const walkingFails = (ps: PreparedSeeker, pj: PreparedJob): boolean => ps.mobility >= 1 && pj.muchWalking;

export function physicalFails(ps: PreparedSeeker, pj: PreparedJob): boolean {
  return (
    pj.standingHours > ps.standingMax ||
    pj.liftKg > ps.liftMax ||
    (pj.needsFineEyesight && ps.eyesightLimited) ||
    (pj.needsBothHands && ps.handsLimited) ||
    accessFails(ps, pj) ||
    walkingFails(ps, pj)
  );
}

/** The seeker's level (0–2) in a skill, or −1 when they do not have it. */
export function levelOf(ps: PreparedSeeker, code: string): number {
  const codes = ps.skillCodes;
  for (let i = 0; i < codes.length; i += 1) if (codes[i] === code) return ps.skillLevels[i] ?? 0;
  return -1;
}

/**
 * Skills the job asks for that the seeker lacks or holds below the level asked: each is one short skill, so a
 * beginner where the job wants a skilled worker is as much a near miss as someone without the skill.
 */
export function shortSkillCount(ps: PreparedSeeker, pj: PreparedJob): number {
  let short = 0;
  const codes = pj.skillCodes;
  for (let i = 0; i < codes.length; i += 1) if (levelOf(ps, codes[i] ?? '') < (pj.skillLevels[i] ?? 0)) short += 1;
  return short;
}

/** Commute minutes: 0 for home-based work, null when a place is unknown. */
export function pairMinutes(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): number | null {
  if (pj.homeBased) return 0;
  const a = ps.place;
  const b = pj.place;
  if (a === null || b === null) return null;
  return tripMinutes(placeKm(a, b), ps.mode, p.commute);
}

export const SCREEN_EXCLUDED = -1;
export const SCREEN_MATCH = 0;
export const NEAR_MISS_KINDS: readonly SoftenableFilter[] = ['skills', 'schedule', 'commute'];

/**
 * −1: fails a hard filter (or more than one softenable one); 0: passes every hard filter;
 * 1/2/3: fails exactly one softenable filter within the near-miss margin — skills, schedule, commute.
 */
export function screen(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): number {
  if (ps.ineligible !== null || pj.ineligible !== null) return SCREEN_EXCLUDED;
  if (ps.age < p.legal.minimumAge) return SCREEN_EXCLUDED;
  if (prohibitedFor(ps, pj, p) !== null) return SCREEN_EXCLUDED;
  if (ps.literacy < pj.literacy) return SCREEN_EXCLUDED;
  if (physicalFails(ps, pj)) return SCREEN_EXCLUDED;
  // first cut on distance: beyond the near-miss reach the exact minutes below would exclude it anyway
  if (!pj.homeBased && ps.place !== null && pj.place !== null && chord2(ps.place, pj.place) > ps.reachChord2)
    return SCREEN_EXCLUDED;
  let soft = SCREEN_MATCH;
  const short = shortSkillCount(ps, pj);
  if (short > 0) {
    if (short > p.nearMiss.missingSkills) return SCREEN_EXCLUDED;
    soft = 1;
  }
  if (pj.grid !== null) {
    const free = freeFor(ps, pj);
    if (!inside(pj.grid, free)) {
      if (soft !== SCREEN_MATCH || conflict(pj.grid, free).maxPerDay > p.nearMiss.scheduleSlotsPerDay)
        return SCREEN_EXCLUDED;
      soft = 2;
    }
  }
  const minutes = pairMinutes(ps, pj, p);
  if (minutes !== null && minutes > ps.maxMinutes) {
    if (soft !== SCREEN_MATCH || minutes > ps.maxMinutes * p.nearMiss.commuteOverFactor) return SCREEN_EXCLUDED;
    soft = 3;
  }
  return soft;
}
