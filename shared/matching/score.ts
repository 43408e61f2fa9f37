import { countBoth } from './bits';
import { freeCountFor, freeFor, levelOf } from './checks';
import { payScore } from './pay';
import type { MatchParameters, SubScoreKey } from './parameters';
import type { PreparedJob, PreparedSeeker } from './types';

/**
 * The soft sub-scores, each on 0–1, and their weighted sum on 0–100 (weights: parameters.ts). A pure function
 * of the prepared pair, so the score is the same whichever side asked. Sex and ethnicity are not inputs; age
 * is used only by the legal filters.
 */
export type SubScores = Record<SubScoreKey, number>;

export function scheduleScore(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): number {
  if (pj.grid === null || pj.halo === null) return Math.min(1, freeCountFor(ps, pj) / p.schedule.flexibleFullSlots);
  if (pj.haloCount === 0) return 1;
  return countBoth(pj.halo, freeFor(ps, pj)) / pj.haloCount;
}

export function commuteScore(minutes: number | null, max: number, homeBased: boolean, p: MatchParameters): number {
  const c = p.commute;
  if (homeBased) return 1;
  if (minutes === null) return c.unknownScore;
  if (minutes > max) return 0;
  if (minutes <= c.doorstepMinutes) return 1;
  return 1 - ((1 - c.scoreAtMax) * (minutes - c.doorstepMinutes)) / (max - c.doorstepMinutes);
}

/** What pay is compared with: the seeker's floor, else the local hourly minimum wage, else the fallback figure. */
export function payReference(ps: PreparedSeeker, minimumHourly: number | null, p: MatchParameters): number {
  return ps.floorHourly ?? minimumHourly ?? p.pay.fallbackReferenceHourly;
}

/** Mean credit over the skills the job asks for: full at or above the asked level, less for each level short. */
export function skillsScore(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): number {
  const n = pj.skillCodes.length;
  if (n === 0) return 1;
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    const has = levelOf(ps, pj.skillCodes[i] ?? '');
    if (has < 0) continue;
    const below = Math.max(0, (pj.skillLevels[i] ?? 0) - has);
    sum += p.skills.creditByLevelsBelow[below] ?? 0;
  }
  return sum / n;
}

export function subScores(
  ps: PreparedSeeker,
  pj: PreparedJob,
  minutes: number | null,
  minimumHourly: number | null,
  p: MatchParameters,
): SubScores {
  return {
    schedule: scheduleScore(ps, pj, p),
    commute: commuteScore(minutes, ps.maxMinutes, pj.homeBased, p),
    pay: payScore(pj.hourly / payReference(ps, minimumHourly, p), p.pay),
    skills: skillsScore(ps, pj, p),
    stability: pj.stability,
    preference: preferenceScore(ps, pj, p),
    rights: pj.rightsScore,
  };
}

export const preferenceScore = (ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): number =>
  ps.homeBasedWanted && !pj.homeBased ? p.preference.onSiteWhenHomeWanted : 1;

/**
 * Σ weight × sub-score ÷ Σ weight, on 0–100, one decimal; multiplied by `criticalMultiplier` under a critical
 * rights finding. One fixed order of operations, so every caller gets the very same number.
 */
export function combine(
  schedule: number,
  commute: number,
  pay: number,
  skills: number,
  stability: number,
  preference: number,
  rights: number,
  rightsCritical: boolean,
  p: MatchParameters,
): number {
  const w = p.weights;
  const sum =
    w.schedule * schedule +
    w.commute * commute +
    w.pay * pay +
    w.skills * skills +
    w.stability * stability +
    w.preference * preference +
    w.rights * rights;
  const weights = w.schedule + w.commute + w.pay + w.skills + w.stability + w.preference + w.rights;
  const raw = weights > 0 ? (100 * sum) / weights : 0;
  return Math.round((rightsCritical ? raw * p.rights.criticalMultiplier : raw) * 10) / 10;
}

export function totalScore(s: SubScores, rightsCritical: boolean, p: MatchParameters): number {
  return combine(s.schedule, s.commute, s.pay, s.skills, s.stability, s.preference, s.rights, rightsCritical, p);
}

/** The score alone, without building the sub-score record: the ranking's inner loop. */
export function pairScore(
  ps: PreparedSeeker,
  pj: PreparedJob,
  minutes: number | null,
  minimumHourly: number | null,
  p: MatchParameters,
): number {
  return combine(
    scheduleScore(ps, pj, p),
    commuteScore(minutes, ps.maxMinutes, pj.homeBased, p),
    payScore(pj.hourly / payReference(ps, minimumHourly, p), p.pay),
    skillsScore(ps, pj, p),
    pj.stability,
    preferenceScore(ps, pj, p),
    pj.rightsScore,
    pj.rightsCritical,
    p,
  );
}
