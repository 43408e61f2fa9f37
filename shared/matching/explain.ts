import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import { conflict, inside } from './bits';
import {
  accessFails,
  freeFor,
  pairMinutes,
  physicalFails,
  prohibitedFor,
  screen,
  shortSkillCount,
  walkingFails,
  NEAR_MISS_KINDS,
  SCREEN_EXCLUDED,
  SCREEN_MATCH,
} from './checks';
import { reason } from './messages';
import type { MatchParameters } from './parameters';
import { paramsOf, prepareJob, prepareSeeker } from './prepare';
import { rightsReasons, scheduleConflictReasons, skillReasons, softReasons, wouldWork } from './reasons';
import { subScores, totalScore } from './score';
import type {
  HardCheck,
  MatchContext,
  MatchResult,
  NearMiss,
  PairExplanation,
  PreparedJob,
  PreparedSeeker,
  Reason,
  SoftenableFilter,
} from './types';

/**
 * The why / why-not of one pair: every hard filter's outcome with its reasons, every sub-score, the score,
 * and — for a near miss — what would make it work. Staff use it to include an excluded pair with a reason.
 */

function check(
  filter: HardCheck['filter'],
  fails: readonly Reason[],
  passes: readonly Reason[],
  softenable = false,
): HardCheck {
  return fails.length > 0
    ? { filter, outcome: 'fail', softenable, reasons: fails }
    : { filter, outcome: 'pass', softenable: false, reasons: passes };
}

export function hardChecks(ps: PreparedSeeker, pj: PreparedJob, ctx: MatchContext): HardCheck[] {
  const p = paramsOf(ctx);
  const job = pj.source;
  const eligibility: Reason[] = [];
  if (ps.ineligible === 'eligibility.seekerInactive')
    eligibility.push(reason(ps.ineligible, { status: ps.source.deleted ? 'withdrawn' : ps.source.status }));
  else if (ps.ineligible !== null) eligibility.push(reason(ps.ineligible));
  if (pj.ineligible === 'eligibility.jobEnded') eligibility.push(reason(pj.ineligible, { endDate: job.endDate ?? '' }));
  else if (pj.ineligible !== null) eligibility.push(reason(pj.ineligible));
  const prohibited = prohibitedFor(ps, pj, p);
  const physical: Reason[] = [];
  if (physicalFails(ps, pj)) {
    const d = job.physical;
    if (d.standingHours > ps.standingMax)
      physical.push(reason('physical.standing', { job: d.standingHours, max: ps.standingMax }));
    if (d.liftKg > ps.liftMax) physical.push(reason('physical.lift', { job: d.liftKg, max: ps.liftMax }));
    if (d.fineEyesight && ps.eyesightLimited) physical.push(reason('physical.eyesight'));
    if (d.bothHands && ps.handsLimited) physical.push(reason('physical.hands'));
    if (accessFails(ps, pj)) physical.push(reason('physical.notStepFree'));
    if (walkingFails(ps, pj)) physical.push(reason('physical.walking', { mobility: ps.mobility }));
  }
  const skills = skillReasons(ps, pj);
  const short = shortSkillCount(ps, pj);
  const checks: HardCheck[] = [
    check('eligibility', eligibility, [reason('eligibility.ok')]),
    check('age', ps.age < p.legal.minimumAge ? [reason('age.under16', { minimumAge: p.legal.minimumAge })] : [], [
      reason('age.ok'),
    ]),
    check(
      'prohibited-work',
      prohibited === null ? [] : [reason(prohibited === 'minor' ? 'prohibited.minor' : 'prohibited.pregnant')],
      [reason('prohibited.none')],
    ),
    check(
      'literacy',
      ps.literacy < pj.literacy ? [reason('literacy.short', { needed: pj.literacy, has: ps.literacy })] : [],
      [reason('literacy.ok')],
    ),
    check('physical', physical, [reason('physical.ok')]),
    check(
      'skills',
      skills.con,
      pj.skillCodes.length === 0 ? [reason('skills.none')] : skills.pro,
      short <= p.nearMiss.missingSkills,
    ),
  ];
  if (pj.grid === null) checks.push(check('schedule', [], [reason('schedule.flexible')]));
  else {
    const free = freeFor(ps, pj);
    const fits = inside(pj.grid, free);
    checks.push(
      check(
        'schedule',
        fits ? [] : scheduleConflictReasons(ps, pj, p),
        [reason('schedule.fits', { hours: pj.weeklyHours ?? 0 })],
        !fits && conflict(pj.grid, free).maxPerDay <= p.nearMiss.scheduleSlotsPerDay,
      ),
    );
  }
  const minutes = pairMinutes(ps, pj, p);
  if (pj.homeBased) checks.push(check('commute', [], [reason('commute.homeBased')]));
  else if (minutes === null)
    checks.push({
      filter: 'commute',
      outcome: 'unknown',
      softenable: false,
      reasons: [reason('commute.unknown', { missing: ps.place === null ? 'seeker' : 'employer' })],
    });
  else {
    const params = { minutes: Math.round(minutes), max: ps.maxMinutes, mode: ps.mode };
    checks.push(
      check(
        'commute',
        minutes > ps.maxMinutes ? [reason('commute.far', params)] : [],
        [reason('commute.ok', params)],
        minutes <= ps.maxMinutes * p.nearMiss.commuteOverFactor,
      ),
    );
  }
  return checks;
}

/** The scored result of a pair with its reasons; the same for a match, a near miss and an excluded pair. */
export function scoredResult(
  ps: PreparedSeeker,
  pj: PreparedJob,
  ctx: MatchContext,
  p: MatchParameters = paramsOf(ctx),
): MatchResult {
  const minutes = pairMinutes(ps, pj, p);
  const minimum = ctx.minimumHourlyWage ?? null;
  const s = subScores(ps, pj, minutes, minimum, p);
  const { pro, con } = softReasons(ps, pj, s, minutes, ctx, p);
  const rights = rightsReasons(pj);
  // The law, not a preference: past retirement age a labour contract ends (it is said, never scored).
  if (ps.pastRetirement && pj.source.contractKind === 'labour') con.push(reason('legal.retirement'));
  const flags = rights.filter((r) => r.params.severity === 'critical' || r.params.severity === 'high');
  return {
    seekerId: ps.id,
    jobId: pj.id,
    score: totalScore(s, pj.rightsCritical, p),
    subScores: s,
    commuteMinutes: minutes,
    hourlyPay: pj.hourly,
    reasonsFor: pro,
    reasonsAgainst: rights.length > 0 ? con.concat(rights) : con,
    flags,
    unknowns: minutes === null ? ['commute'] : [],
  };
}

/** A near miss for a pair that `screen` put at 1, 2 or 3. */
export function nearMissResult(
  ps: PreparedSeeker,
  pj: PreparedJob,
  screened: number,
  ctx: MatchContext,
  p: MatchParameters = paramsOf(ctx),
): NearMiss {
  const failed: SoftenableFilter = NEAR_MISS_KINDS[screened - 1] ?? 'skills';
  const result = scoredResult(ps, pj, ctx, p);
  return { ...result, failed, wouldWork: wouldWork(ps, pj, failed, result.commuteMinutes, ctx, p) };
}

export function explainPrepared(ps: PreparedSeeker, pj: PreparedJob, ctx: MatchContext): PairExplanation {
  const p = paramsOf(ctx);
  const screened = screen(ps, pj, p);
  const checks = hardChecks(ps, pj, ctx);
  const result = scoredResult(ps, pj, ctx, p);
  const verdict = screened === SCREEN_EXCLUDED ? 'excluded' : screened === SCREEN_MATCH ? 'match' : 'near-miss';
  const failed = NEAR_MISS_KINDS[screened - 1];
  return {
    ...result,
    verdict,
    checks,
    wouldWork: failed ? wouldWork(ps, pj, failed, result.commuteMinutes, ctx, p) : [],
  };
}

/** Why (or why not) this seeker for this job. Works on any pair, excluded ones included. */
export function explainPair(seeker: Seeker, job: Job, ctx: MatchContext): PairExplanation {
  return explainPrepared(prepareSeeker(seeker, ctx), prepareJob(job, ctx), ctx);
}
