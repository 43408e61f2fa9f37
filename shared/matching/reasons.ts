import { TRANSPORT } from '../entities/seeker';
import { quarterMinutes, SLOT_MINUTES } from '../schedule/week-grid';
import { andNot, hasSlot, isEmpty } from './bits';
import { freeFor, levelOf } from './checks';
import { placeKm, tripMinutes } from './commute';
import { describeRanges, runs, type MinuteRange } from './describe';
import { reason } from './messages';
import type { MatchParameters } from './parameters';
import { payReference, type SubScores } from './score';
import type { MatchContext, PreparedJob, PreparedSeeker, Reason } from './types';

/** Reasons for and against a pair, read off the same values the sub-scores use; and what would make a near miss work. */

const round = (x: number): number => Math.round(x);
const yuan = (x: number): number => Math.round(x * 100) / 100;

/** Why the job's hours do not fit: hours outside availability, and each care duty they clash with. */
export function scheduleConflictReasons(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): Reason[] {
  if (pj.grid === null) return [];
  const out: Reason[] = [];
  const outside = andNot(pj.grid, ps.availability);
  if (!isEmpty(outside)) {
    const when = describeRanges(
      runs(outside).map((r) => withinShift(pj, { day: r.day, from: r.from * SLOT_MINUTES, to: r.to * SLOT_MINUTES })),
    );
    out.push(reason('schedule.outside', { whenZh: when.zh, whenEn: when.en }));
  }
  for (const duty of ps.source.careDuties) {
    if (pj.homeBased && !p.schedule.careBlocksHomeWork[duty.kind]) continue;
    const from = quarterMinutes(duty.from);
    const to = quarterMinutes(duty.to);
    if (from === null || to === null) continue;
    // the minutes the job's shifts share with the duty (both to the quarter hour)
    const clash: MinuteRange[] = [];
    for (const s of pj.shifts ?? [])
      if (duty.days.includes(s.day) && Math.max(s.from, from) < Math.min(s.to, to))
        clash.push({ day: s.day, from: Math.max(s.from, from), to: Math.min(s.to, to) });
    if (clash.length === 0) continue;
    const when = describeRanges(clash);
    out.push(reason('schedule.care', { care: duty.kind, whenZh: when.zh, whenEn: when.en }));
  }
  return out;
}

/** [from, to) cut to the job's shift on that day that it overlaps: a shift to 15:45 ends a clash at 15:45. */
function withinShift(pj: PreparedJob, range: MinuteRange): MinuteRange {
  const shift = (pj.shifts ?? []).find((s) => s.day === range.day && s.from < range.to && s.to > range.from);
  return shift ? { day: range.day, from: Math.max(range.from, shift.from), to: Math.min(range.to, shift.to) } : range;
}

export function skillReasons(ps: PreparedSeeker, pj: PreparedJob): { pro: Reason[]; con: Reason[] } {
  const pro: Reason[] = [];
  const con: Reason[] = [];
  if (pj.skillCodes.length === 0) pro.push(reason('skills.none'));
  pj.skillCodes.forEach((skill, i) => {
    const has = levelOf(ps, skill);
    const needed = pj.skillLevels[i] ?? 0;
    if (has < 0) con.push(reason('skills.missing', { skill }));
    else if (has < needed) con.push(reason('skills.levelBelow', { skill, has, needed }));
    else pro.push(reason('skills.has', { skill, has }));
  });
  return { pro, con };
}

export function softReasons(
  ps: PreparedSeeker,
  pj: PreparedJob,
  s: SubScores,
  minutes: number | null,
  ctx: MatchContext,
  p: MatchParameters,
): { pro: Reason[]; con: Reason[] } {
  const pro: Reason[] = [];
  const con: Reason[] = [];
  // access, for a wheelchair user, first: what to ask before referring (a workplace with steps is a hard filter;
  // not knowing is said, never scored)
  if (ps.mobility >= 2 && !pj.homeBased) {
    if (pj.stepFree === true) pro.push(reason('physical.stepFree'));
    else if (pj.stepFree === null) con.push(reason('physical.accessUnknown'));
  }
  // schedule
  if (pj.grid === null) {
    pro.push(reason('schedule.flexible'));
    if (s.schedule < 0.5)
      con.push(reason('schedule.littleTime', { hours: (pj.homeBased ? ps.freeHomeCount : ps.freeOnSiteCount) / 2 }));
  } else if (isEmpty(andNot(pj.grid, freeFor(ps, pj)))) {
    pro.push(reason('schedule.fits', { hours: pj.weeklyHours ?? 0 }));
    const percent = round(s.schedule * 100);
    if (s.schedule >= 0.5) pro.push(reason('schedule.slack', { percent }));
    else con.push(reason('schedule.tight', { percent }));
  } else con.push(...scheduleConflictReasons(ps, pj, p));
  // commute
  const mode = ps.mode;
  if (pj.homeBased) pro.push(reason('commute.homeBased'));
  else if (minutes === null)
    con.push(reason('commute.unknown', { missing: ps.place === null ? 'seeker' : 'employer' }));
  else {
    const m = round(minutes);
    if (minutes > ps.maxMinutes) con.push(reason('commute.far', { minutes: m, max: ps.maxMinutes, mode }));
    else if (minutes <= p.commute.doorstepMinutes) pro.push(reason('commute.doorstep', { minutes: m, mode }));
    else pro.push(reason('commute.ok', { minutes: m, max: ps.maxMinutes, mode }));
    if (ps.place?.approximate === true || pj.place?.approximate === true) con.push(reason('commute.approximate'));
  }
  // pay
  const minimum = ctx.minimumHourlyWage ?? null;
  const hourly = yuan(pj.hourly);
  if (ps.floorHourly !== null) {
    if (hourly >= ps.floorHourly) pro.push(reason('pay.aboveFloor', { hourly, floor: yuan(ps.floorHourly) }));
    else con.push(reason('pay.belowFloor', { hourly, floor: yuan(ps.floorHourly) }));
  } else {
    const reference = payReference(ps, minimum, p);
    (hourly >= reference ? pro : con).push(reason('pay.reference', { hourly, reference: yuan(reference) }));
  }
  if (minimum !== null && hourly < minimum) con.push(reason('pay.belowMinimum', { hourly, minimum }));
  // skills
  const skills = skillReasons(ps, pj);
  pro.push(...skills.pro);
  con.push(...skills.con);
  // stability
  const job = pj.source;
  if (job.contractKind === 'labour') pro.push(reason('stability.labourContract'));
  else
    con.push(
      reason(
        job.contractKind === 'part-time'
          ? 'stability.partTime'
          : job.contractKind === 'labour-service'
            ? 'stability.labourService'
            : 'stability.noContract',
      ),
    );
  (job.socialInsurance ? pro : con).push(reason(job.socialInsurance ? 'stability.insurance' : 'stability.noInsurance'));
  if (pj.monthsLeft === null) pro.push(reason('stability.openEnded'));
  else if (pj.monthsLeft < p.stability.fullMonths) con.push(reason('stability.shortTerm', { months: pj.monthsLeft }));
  // preference
  if (ps.homeBasedWanted)
    (pj.homeBased ? pro : con).push(reason(pj.homeBased ? 'preference.homeBased' : 'preference.onSite'));
  return { pro, con };
}

export function rightsReasons(pj: PreparedJob): Reason[] {
  return pj.rightsFlags.map((f) =>
    reason('rights.finding', { severity: f.severity, finding: f.code, textZh: f.zh, textEn: f.en }),
  );
}

/**
 * Minutes of the working time [from, to) (half-hour slots of one day) that the seeker cannot work: the half-hours
 * outside their availability, and the exact minutes of care duties typed to the quarter hour (a 15:45 pick-up
 * blocks from 15:45, not from 15:30). The first and last such minute.
 */
function blockedSpan(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters, day: number, from: number, to: number) {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let s = from; s < to; s += 1)
    if (!hasSlot(ps.availability, day, s)) {
      first = Math.min(first, s * SLOT_MINUTES);
      last = Math.max(last, (s + 1) * SLOT_MINUTES);
    }
  for (const duty of ps.source.careDuties) {
    if (!duty.days.includes(day) || (pj.homeBased && !p.schedule.careBlocksHomeWork[duty.kind])) continue;
    const a = Math.max(quarterMinutes(duty.from) ?? 0, from * SLOT_MINUTES);
    const b = Math.min(quarterMinutes(duty.to) ?? 0, to * SLOT_MINUTES);
    if (a < b) {
      first = Math.min(first, a);
      last = Math.max(last, b);
    }
  }
  return { first, last };
}

/**
 * A later start, an earlier finish or a break, each by the real overlap: how long, and when (the most it takes on
 * any day; a 15:45 pick-up against a shift to 16:00 asks to leave 15 minutes earlier, 15:45–16:00).
 */
function scheduleFixes(ps: PreparedSeeker, pj: PreparedJob, p: MatchParameters): Reason[] {
  if (pj.grid === null) return [];
  const jobRuns = runs(pj.grid);
  const kinds = ['fix.laterStart', 'fix.earlierFinish', 'fix.breakInShift'] as const;
  const spans: MinuteRange[][] = [[], [], []];
  for (const r of runs(andNot(pj.grid, freeFor(ps, pj)))) {
    const block = jobRuns.find((j) => j.day === r.day && j.from <= r.from && r.to <= j.to);
    const blocked = blockedSpan(ps, pj, p, r.day, r.from, r.to);
    const shift = withinShift(pj, { day: r.day, from: r.from * SLOT_MINUTES, to: r.to * SLOT_MINUTES });
    // a clash over a whole short shift: a later start when it begins with the shift, else an earlier finish
    const whole = block?.from === r.from && block.to === r.to;
    const k = whole ? (blocked.first > shift.from ? 1 : 0) : block?.from === r.from ? 0 : block?.to === r.to ? 1 : 2;
    const from = k === 0 || !Number.isFinite(blocked.first) ? r.from * SLOT_MINUTES : blocked.first;
    const to = k === 1 || !Number.isFinite(blocked.last) ? r.to * SLOT_MINUTES : blocked.last;
    spans[k]?.push(withinShift(pj, { day: r.day, from, to }));
  }
  const out: Reason[] = [];
  kinds.forEach((code, k) => {
    const list = spans[k] ?? [];
    if (list.length === 0) return;
    const w = describeRanges(list);
    const minutes = Math.max(...list.map((s) => s.to - s.from));
    out.push(reason(code, { minutes, whenZh: w.zh, whenEn: w.en }));
  });
  return out;
}

function commuteFixes(ps: PreparedSeeker, pj: PreparedJob, minutes: number | null, p: MatchParameters): Reason[] {
  if (minutes === null || ps.place === null || pj.place === null) return [];
  const km = placeKm(ps.place, pj.place);
  const out: Reason[] = [];
  for (const mode of TRANSPORT) {
    if (mode === ps.mode) continue;
    const m = tripMinutes(km, mode, p.commute);
    if (m <= ps.maxMinutes) out.push(reason('fix.fasterMode', { mode, minutes: round(m) }));
  }
  out.push(reason('fix.acceptLonger', { minutes: Math.ceil(minutes) }));
  return out;
}

/**
 * What would turn a near miss into a match: a course for the missing skill or for the level asked (only courses
 * that reach it), a shifted start, a faster way to travel.
 */
export function wouldWork(
  ps: PreparedSeeker,
  pj: PreparedJob,
  failed: 'skills' | 'schedule' | 'commute',
  minutes: number | null,
  ctx: MatchContext,
  p: MatchParameters,
): Reason[] {
  if (failed === 'schedule') return scheduleFixes(ps, pj, p);
  if (failed === 'commute') return commuteFixes(ps, pj, minutes, p);
  const out: Reason[] = [];
  pj.skillCodes.forEach((skill, i) => {
    const has = levelOf(ps, skill);
    const needed = pj.skillLevels[i] ?? 0;
    if (has >= needed) return;
    // only courses that reach the level the job asks for
    const courses = (ctx.coursesForSkill?.(skill) ?? []).filter((c) => c.level === undefined || c.level >= needed);
    if (has < 0) {
      if (courses.length === 0) out.push(reason('fix.learnSkill', { skill }));
      for (const c of courses) out.push(reason('fix.course', { skill, course: c.title, courseId: c.id }));
    } else {
      if (courses.length === 0) out.push(reason('fix.raiseSkill', { skill, needed }));
      for (const c of courses) out.push(reason('fix.courseLevel', { skill, needed, course: c.title, courseId: c.id }));
    }
  });
  return out;
}
