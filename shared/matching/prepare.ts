import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import { ageOn } from '../registry/seeker-rules';
import { quarterMinutes, DAYS, SLOTS_PER_DAY } from '../schedule/week-grid';
import { QUARTERS_PER_DAY, scheduleQuarters, shifts } from '../schedule/quarter-week';
import { andNot, careBits, countBits, gridBits, halo, or, WORDS, type Bits } from './bits';
import { kmToChord2, reachKm } from './commute';
import { hourlyFloor, hourlyPay } from './pay';
import {
  DEFAULT_PARAMETERS,
  LEVEL_RANK,
  LITERACY_RANK,
  MOBILITY_RANK,
  type MatchParameters,
  type Severity,
} from './parameters';
import type { CareWindow, MatchContext, PartialSlot, PreparedJob, PreparedSeeker, RightsFlag } from './types';

/**
 * Everything about one seeker or one job that does not depend on the other side, worked out once: grids as
 * bitsets, places, hourly pay, stability, rights. Prepared data holds for one `ctx.today`; prepare again on
 * a new day or when the gazetteer, the rights findings or the parameters change.
 */
export const paramsOf = (ctx: MatchContext): MatchParameters => ctx.parameters ?? DEFAULT_PARAMETERS;

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

/** Each skill code once, with the highest level listed for it. */
function skillTable(skills: readonly { code: string; level: keyof typeof LEVEL_RANK }[]): {
  codes: string[];
  levels: number[];
} {
  const best = new Map<string, number>();
  for (const s of skills) best.set(s.code, Math.max(best.get(s.code) ?? -1, LEVEL_RANK[s.level]));
  const codes = [...best.keys()].sort();
  return { codes, levels: codes.map((c) => best.get(c) ?? 0) };
}

export function prepareSeeker(seeker: Seeker, ctx: MatchContext): PreparedSeeker {
  const p = paramsOf(ctx);
  const availability = gridBits(seeker.availability);
  let careAll: Bits = new Uint32Array(WORDS);
  let careLeaving: Bits = new Uint32Array(WORDS);
  const careWindows: CareWindow[] = [];
  for (const duty of seeker.careDuties) {
    const bits = careBits(duty);
    const leaving = p.schedule.careBlocksHomeWork[duty.kind];
    careAll = or(careAll, bits);
    if (leaving) careLeaving = or(careLeaving, bits);
    const from = quarterMinutes(duty.from);
    const to = quarterMinutes(duty.to);
    if (from !== null && to !== null) careWindows.push({ days: duty.days, from, to, leaving });
  }
  const freeOnSite = andNot(availability, careAll);
  const freeHome = andNot(availability, careLeaving);
  const consentWithdrawn = seeker.consent.withdrawnOn !== null && seeker.consent.withdrawnOn <= ctx.today;
  const skills = skillTable(seeker.skills);
  return {
    id: seeker.id,
    source: seeker,
    ineligible:
      seeker.deleted || seeker.status !== 'active'
        ? 'eligibility.seekerInactive'
        : !seeker.consent.matching || consentWithdrawn
          ? 'eligibility.noConsent'
          : null,
    age: ageOn(seeker.birthDate, ctx.today),
    pregnant: seeker.pregnant,
    pastRetirement: ctx.pastRetirement?.(seeker) === true,
    literacy: LITERACY_RANK[seeker.literacy],
    standingMax: seeker.physical.standingHoursMax ?? Number.POSITIVE_INFINITY,
    liftMax: seeker.physical.liftKgMax ?? Number.POSITIVE_INFINITY,
    eyesightLimited: seeker.physical.eyesight === 'limited',
    handsLimited: seeker.physical.hands === 'limited',
    mobility: MOBILITY_RANK[seeker.physical.mobility ?? 'full'],
    skillCodes: skills.codes,
    skillLevels: skills.levels,
    availability,
    freeOnSite,
    freeHome,
    freeOnSiteCount: countBits(freeOnSite),
    freeHomeCount: countBits(freeHome),
    careWindows,
    place: ctx.gazetteer.find(seeker.villageCode),
    mode: seeker.commute.mode,
    maxMinutes: seeker.commute.maxMinutes,
    reachChord2: reachChord2(seeker.commute.maxMinutes * p.nearMiss.commuteOverFactor, seeker.commute.mode, p),
    floorHourly: hourlyFloor(seeker.payFloor, p.pay),
    homeBasedWanted: seeker.homeBasedWanted,
  };
}

function reachChord2(minutes: number, mode: Seeker['commute']['mode'], p: MatchParameters): number {
  const km = reachKm(minutes, mode, p.commute);
  // a hair wider than exact, so the cut never drops a pair the exact minutes would keep
  return km < 0 ? -1 : kmToChord2(km) * (1 + 1e-9) + 1e-15;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

function rightsOf(
  flags: readonly RightsFlag[],
  p: MatchParameters,
): { score: number; critical: boolean; shown: RightsFlag[] } {
  let score = 1;
  for (const f of flags) score = Math.min(score, p.rights.scoreBySeverity[f.severity]);
  const shown = flags
    .filter((f) => f.severity !== 'low')
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  return { score, critical: flags.some((f) => f.severity === 'critical'), shown };
}

/** Stability sub-score: contract kind, social insurance, and how long the posting runs (parameters.ts). */
export function stabilityOf(
  job: Pick<Job, 'contractKind' | 'socialInsurance'>,
  monthsLeft: number | null,
  p: MatchParameters,
): number {
  const s = p.stability;
  const duration =
    monthsLeft === null ? 1 : Math.min(1, Math.max(0, (monthsLeft - s.shortMonths) / (s.fullMonths - s.shortMonths)));
  const w = s.weights;
  return (
    (w.contract * s.contract[job.contractKind] + w.insurance * (job.socialInsurance ? 1 : 0) + w.duration * duration) /
    (w.contract + w.insurance + w.duration)
  );
}

/** Half-hours of which only one quarter is worked. */
function partialSlots(quarters: readonly boolean[]): PartialSlot[] {
  const out: PartialSlot[] = [];
  for (let d = 0; d < DAYS; d += 1)
    for (let s = 0; s < SLOTS_PER_DAY; s += 1) {
      const first = quarters[d * QUARTERS_PER_DAY + 2 * s] ?? false;
      const second = quarters[d * QUARTERS_PER_DAY + 2 * s + 1] ?? false;
      if (first !== second) out.push({ day: d, slot: s, quarter: first ? 0 : 1 });
    }
  return out;
}

export function prepareJob(job: Job, ctx: MatchContext): PreparedJob {
  const p = paramsOf(ctx);
  const grid = job.schedule.kind === 'grid' ? gridBits(job.schedule.grid) : null;
  const quarters = job.schedule.kind === 'grid' ? scheduleQuarters(job.schedule) : null;
  const haloBits = grid ? halo(grid, p.schedule.haloSlots) : null;
  let days = 0;
  if (grid) for (let d = 0; d < DAYS; d += 1) if (((grid[2 * d] ?? 0) | (grid[2 * d + 1] ?? 0)) !== 0) days += 1;
  const weeklyHours = quarters ? quarters.filter(Boolean).length / 4 : null;
  const employer = ctx.employers.get(job.employerId) ?? null;
  const restrictions = ctx.jobRestrictions?.(job.id);
  const rights = rightsOf(ctx.rightsFlags?.(job.employerId, job.id) ?? [], p);
  const from = job.startDate > ctx.today ? job.startDate : ctx.today;
  const monthsLeft =
    job.endDate === null
      ? null
      : Math.max(0, Math.round(((dayNumber(job.endDate) - dayNumber(from)) / 30.44) * 10) / 10);
  const skills = skillTable(job.skills);
  return {
    id: job.id,
    source: job,
    ineligible:
      job.deleted || job.status !== 'open'
        ? 'eligibility.jobClosed'
        : job.endDate !== null && job.endDate < ctx.today
          ? 'eligibility.jobEnded'
          : null,
    homeBased: job.workplace === 'home-based',
    grid,
    shifts: quarters ? shifts(quarters) : null,
    partial: quarters ? partialSlots(quarters) : [],
    halo: haloBits,
    haloCount: haloBits ? countBits(haloBits) : 0,
    weeklyHours,
    literacy: LITERACY_RANK[job.literacyNeeded],
    standingHours: job.physical.standingHours,
    liftKg: job.physical.liftKg,
    needsFineEyesight: job.physical.fineEyesight,
    needsBothHands: job.physical.bothHands,
    // home-based work is done where the person lives: their own home is the workplace
    stepFree:
      job.workplace === 'home-based'
        ? true
        : job.physical.stepFree === 'yes'
          ? true
          : job.physical.stepFree === 'no'
            ? false
            : null,
    muchWalking: job.physical.muchWalking === true,
    skillCodes: skills.codes,
    skillLevels: skills.levels,
    place: job.workplace === 'home-based' ? null : ctx.gazetteer.find(employer?.villageCode ?? null),
    hourly: hourlyPay(job.pay, { weeklyHours, days }, p.pay),
    prohibitedForPregnant:
      restrictions?.prohibitedForPregnant === true || job.physical.liftKg > p.legal.pregnantMaxLiftKg,
    prohibitedForMinors: restrictions?.prohibitedForMinors === true || job.physical.liftKg > p.legal.minorMaxLiftKg,
    stability: stabilityOf(job, monthsLeft, p),
    monthsLeft,
    rightsScore: rights.score,
    rightsCritical: rights.critical,
    rightsFlags: rights.shown,
  };
}
