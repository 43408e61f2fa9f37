import type { Job } from '../entities/job';
import type { Seeker } from '../entities/seeker';
import type { Shift } from '../schedule/quarter-week';
import type { Bits } from './bits';
import type { Gazetteer, Place } from './commute';
import type { Reason, ReasonCode } from './messages';
import type { MatchParameters, Severity, SubScoreKey, TransportMode } from './parameters';

/** The engine's reason type lives with its messages; it is part of the engine's types too. */
export type { Reason } from './messages';

/** A finding of the rights engine about an employer (the hook shared/rights fills). */
export interface RightsFlag {
  readonly code: string;
  readonly severity: Severity;
  readonly zh: string;
  readonly en: string;
}

/** A course that teaches a skill (the hook the training issue fills). */
export interface CourseHint {
  readonly id: string;
  readonly title: string;
  /** the level (0 beginner – 2 expert) the course brings its trainees to; absent: not known, offered for any level */
  readonly level?: number;
}

/** Legal facts about a job that no job field holds yet (see the report: proposed `job.restrictions`). */
export interface JobRestrictions {
  /** 女职工劳动保护特别规定 annex: work prohibited during pregnancy */
  readonly prohibitedForPregnant?: boolean;
  /** 未成年工特殊保护规定 art. 3: work prohibited for 16–17-year-olds */
  readonly prohibitedForMinors?: boolean;
}

/** Where a job is: its employer's village (jobs have no place of their own yet). */
export interface EmployerRef {
  readonly id: string;
  readonly villageCode: string | null;
}

/** Everything a match depends on besides the seeker and the job. Pure data and pure functions. */
export interface MatchContext {
  /** the evaluation date, YYYY-MM-DD (age, posting end dates, gazetteer validity) */
  readonly today: string;
  readonly gazetteer: Gazetteer;
  readonly employers: ReadonlyMap<string, EmployerRef>;
  /** the rights findings that count against a posting: its own pre-screen findings and its employer's */
  readonly rightsFlags?: (employerId: string, jobId: string) => readonly RightsFlag[] | undefined;
  readonly jobRestrictions?: (jobId: string) => JobRestrictions | undefined;
  readonly coursesForSkill?: (skillCode: string) => readonly CourseHint[] | undefined;
  /**
   * whether a person is past the statutory retirement age today (the rights engine's schedule), null when not
   * sure: a labour contract then ends by law, so such a posting gets a reason against — never a filter or a score
   */
  readonly pastRetirement?: (seeker: Seeker) => boolean | null;
  /** the local hourly minimum wage in force today (the county's rule-parameter table), if known */
  readonly minimumHourlyWage?: number | null;
  readonly parameters?: MatchParameters;
}

/** A care duty in minutes after midnight on its days. */
export interface CareWindow {
  readonly days: readonly number[];
  readonly from: number;
  readonly to: number;
  readonly leaving: boolean;
}

/** A half-hour the job works only one quarter of: 0 the first (a shift to 15:45), 1 the second (from 08:15). */
export interface PartialSlot {
  readonly day: number;
  readonly slot: number;
  readonly quarter: 0 | 1;
}

export interface PreparedSeeker {
  readonly id: string;
  readonly source: Seeker;
  /** null when the seeker may be matched at all (active, consent to matching) */
  readonly ineligible: ReasonCode | null;
  readonly age: number;
  readonly pregnant: boolean;
  /** past the statutory retirement age today, for sure (ctx.pastRetirement) */
  readonly pastRetirement: boolean;
  readonly literacy: number;
  readonly standingMax: number;
  readonly liftMax: number;
  readonly eyesightLimited: boolean;
  readonly handsLimited: boolean;
  /** 0 no limit, 1 cannot walk far, 2 uses a wheelchair */
  readonly mobility: number;
  /** skill codes held, each once, with the highest level held (0–2) */
  readonly skillCodes: readonly string[];
  readonly skillLevels: readonly number[];
  readonly availability: Bits;
  /** availability minus every care window: free for on-site work */
  readonly freeOnSite: Bits;
  /** availability minus the care windows that take the person out of the house: free for home-based work */
  readonly freeHome: Bits;
  readonly freeOnSiteCount: number;
  readonly freeHomeCount: number;
  /** each care duty's exact minutes, for jobs that start or end on a quarter hour; `leaving`: it blocks home work too */
  readonly careWindows: readonly CareWindow[];
  readonly place: Place | null;
  readonly mode: TransportMode;
  readonly maxMinutes: number;
  /** squared chord of the farthest a near miss can be (max × near-miss factor): a cheap first cut, −1 for none */
  readonly reachChord2: number;
  readonly floorHourly: number | null;
  readonly homeBasedWanted: boolean;
}

export interface PreparedJob {
  readonly id: string;
  readonly source: Job;
  readonly ineligible: ReasonCode | null;
  readonly homeBased: boolean;
  /** the job's weekly grid (the half-hours it touches), or null when flexible */
  readonly grid: Bits | null;
  /** the job's stretches of work to the minute (quarter hours), or null when flexible */
  readonly shifts: readonly Shift[] | null;
  /** half-hours of which the job works only one quarter (a shift from 08:15 or to 15:45) */
  readonly partial: readonly PartialSlot[];
  readonly halo: Bits | null;
  readonly haloCount: number;
  readonly weeklyHours: number | null;
  readonly literacy: number;
  readonly standingHours: number;
  readonly liftKg: number;
  readonly needsFineEyesight: boolean;
  readonly needsBothHands: boolean;
  /** on-site and known to be step-free (true), known not to be (false), or not known (null); home-based: true */
  readonly stepFree: boolean | null;
  readonly muchWalking: boolean;
  readonly skillCodes: readonly string[];
  readonly skillLevels: readonly number[];
  readonly place: Place | null;
  readonly hourly: number;
  readonly prohibitedForPregnant: boolean;
  readonly prohibitedForMinors: boolean;
  readonly stability: number;
  /** months from today to the end date, null when open-ended */
  readonly monthsLeft: number | null;
  readonly rightsScore: number;
  readonly rightsCritical: boolean;
  /** the findings that lower the score (critical, high, medium), worst first */
  readonly rightsFlags: readonly RightsFlag[];
}

export const HARD_FILTERS = [
  'eligibility',
  'age',
  'prohibited-work',
  'literacy',
  'physical',
  'skills',
  'schedule',
  'commute',
] as const;
export type HardFilter = (typeof HARD_FILTERS)[number];
export type SoftenableFilter = Extract<HardFilter, 'skills' | 'schedule' | 'commute'>;

export interface HardCheck {
  readonly filter: HardFilter;
  readonly outcome: 'pass' | 'fail' | 'unknown';
  /** a failure here is within the near-miss margin */
  readonly softenable: boolean;
  readonly reasons: readonly Reason[];
}

export interface MatchResult {
  readonly seekerId: string;
  readonly jobId: string;
  /** 0–100, one decimal; the same number whichever side asked */
  readonly score: number;
  readonly subScores: Readonly<Record<SubScoreKey, number>>;
  readonly commuteMinutes: number | null;
  readonly hourlyPay: number;
  readonly reasonsFor: readonly Reason[];
  readonly reasonsAgainst: readonly Reason[];
  /** critical and high rights findings on the employer (medium ones are among reasonsAgainst only) */
  readonly flags: readonly Reason[];
  readonly unknowns: readonly 'commute'[];
}

export interface NearMiss extends MatchResult {
  readonly failed: SoftenableFilter;
  /** what would make it work: a course, a later start, a faster way to travel */
  readonly wouldWork: readonly Reason[];
}

export interface PairExplanation extends MatchResult {
  readonly verdict: 'match' | 'near-miss' | 'excluded';
  /** every hard filter, in order, with its outcome */
  readonly checks: readonly HardCheck[];
  readonly wouldWork: readonly Reason[];
}

export interface MatchList {
  readonly matches: readonly MatchResult[];
  readonly nearMisses: readonly NearMiss[];
  /** all matches and near misses found, also those beyond `limit` */
  readonly matchCount: number;
  readonly nearMissCount: number;
  /** pairs looked at, and pairs that failed a hard filter outright */
  readonly considered: number;
  readonly excluded: number;
}
