import { STANDARD_WORKING_TIME } from '../schedule/working-time';
import type { CARE_KINDS, TRANSPORT } from '../entities/seeker';
import type { CONTRACT_KINDS } from '../entities/job';
import type { SkillLevel } from '../entities/common';
import type { Mobility } from '../entities/seeker';

/**
 * The matching engine's parameters: every figure it uses, with where it comes from. Rules are data
 * (DESIGN.md, conventions 3): the engine is a fold over these tables. A county may pass its own copy through
 * `MatchContext.parameters`; anything marked "assumption" is a judgement to revisit with field data.
 */

export type TransportMode = (typeof TRANSPORT)[number];
export type CareKind = (typeof CARE_KINDS)[number];
export type ContractKind = (typeof CONTRACT_KINDS)[number];
export type Severity = 'critical' | 'high' | 'medium' | 'low';

export interface ModeParameters {
  /** door-to-door average speed on rural roads, km/h */
  readonly kmh: number;
  /** fixed minutes added to every trip (waiting for the bus, parking) */
  readonly overheadMinutes: number;
  readonly source: string;
}

export interface MatchParameters {
  readonly commute: {
    /** road distance ÷ great-circle distance */
    readonly roadFactor: number;
    readonly roadFactorSource: string;
    /** a gazetteer entry is one point: two people in the same village still live this far apart */
    readonly minimumKm: number;
    /** at or under this many minutes the commute scores full ("15-minute circle") */
    readonly doorstepMinutes: number;
    /** the commute sub-score at exactly the seeker's maximum (falls linearly from 1 at doorstepMinutes) */
    readonly scoreAtMax: number;
    /** the commute sub-score when a coordinate is missing (the pair is kept and marked "unknown") */
    readonly unknownScore: number;
    readonly modes: Readonly<Record<TransportMode, ModeParameters>>;
  };
  readonly pay: {
    /** 劳社部发〔2008〕3号: 月计薪天数 = (365 − 104 rest days) ÷ 12 = 21.75 */
    readonly daysPerMonth: number;
    /** 劳动法 art. 36 and 国务院令第174号 (1995): 8 hours a day */
    readonly hoursPerDay: number;
    /** hours in a standard week, to scale a posted monthly or daily wage to the job's real hours */
    readonly hoursPerWeek: number;
    /** compared against when the seeker set no floor and the county passed no minimum wage (yuan/hour) */
    readonly fallbackReferenceHourly: number;
    readonly fallbackReferenceSource: string;
    /** pay ÷ floor at or above this scores full */
    readonly fullScoreRatio: number;
    /** the pay sub-score when pay equals the floor */
    readonly scoreAtFloor: number;
    /** pay ÷ floor at or below this scores zero */
    readonly zeroScoreRatio: number;
  };
  readonly schedule: {
    /** a flexible job scores full slack when the seeker has at least this many free half-hours a week */
    readonly flexibleFullSlots: number;
    /** half-hours either side of a job's working block counted as its slack halo */
    readonly haloSlots: number;
    /** which care duties keep a window free for home-based work (duties that need the person out of the house) */
    readonly careBlocksHomeWork: Readonly<Record<CareKind, boolean>>;
  };
  readonly skills: {
    /** credit for holding a skill the job asks for, by how many levels below the asked level */
    readonly creditByLevelsBelow: readonly [number, number, number];
  };
  readonly stability: {
    readonly contract: Readonly<Record<ContractKind, number>>;
    readonly weights: { readonly contract: number; readonly insurance: number; readonly duration: number };
    /** a posting that ends within this many months scores zero duration; open-ended or ≥ fullMonths scores one */
    readonly shortMonths: number;
    readonly fullMonths: number;
  };
  readonly preference: {
    /** the preference sub-score when a seeker who wants home-based work is shown an on-site job */
    readonly onSiteWhenHomeWanted: number;
  };
  readonly rights: {
    /** the rights sub-score by the worst finding's severity */
    readonly scoreBySeverity: Readonly<Record<Severity, number>>;
    /** the whole score is multiplied by this when a critical finding stands */
    readonly criticalMultiplier: number;
  };
  readonly legal: {
    readonly minimumAge: number;
    readonly adultAge: number;
    /** proxies for prohibited work while no job field records it: lifting above these counts as prohibited */
    readonly minorMaxLiftKg: number;
    readonly pregnantMaxLiftKg: number;
  };
  readonly nearMiss: {
    /** a schedule near miss: at most this many half-hours of conflict on any one day */
    readonly scheduleSlotsPerDay: number;
    /** a commute near miss: minutes ≤ max × this */
    readonly commuteOverFactor: number;
    /** a skills near miss: at most this many skills missing or held below the level asked */
    readonly missingSkills: number;
  };
  /** weights of the sub-scores; the score is Σ weight × sub-score ÷ Σ weight, on 0–100 */
  readonly weights: Readonly<Record<SubScoreKey, number>>;
}

export const SUB_SCORES = ['schedule', 'commute', 'pay', 'skills', 'stability', 'preference', 'rights'] as const;
export type SubScoreKey = (typeof SUB_SCORES)[number];

/** Mobility as a rank: what a job's access and walking are compared with. */
export const MOBILITY_RANK: Readonly<Record<Mobility, number>> = { full: 0, 'limited-walking': 1, wheelchair: 2 };

export const LEVEL_RANK: Readonly<Record<SkillLevel, number>> = { beginner: 0, skilled: 1, expert: 2 };
export const LITERACY_RANK: Readonly<Record<'none' | 'basic' | 'fluent', number>> = { none: 0, basic: 1, fluent: 2 };

export const DEFAULT_PARAMETERS: MatchParameters = {
  commute: {
    roadFactor: 1.4,
    roadFactorSource:
      'assumption: detour index of rural road networks is usually 1.2–1.4; hill counties sit at the top, so 1.4',
    minimumKm: 1,
    doorstepMinutes: 15,
    scoreAtMax: 0.3,
    unknownScore: 0.5,
    modes: {
      walk: { kmh: 4.5, overheadMinutes: 0, source: 'assumption: adult walking 4–5 km/h, slower on slopes' },
      bicycle: { kmh: 12, overheadMinutes: 0, source: 'assumption: utility cycling 12–15 km/h on rural roads' },
      ebike: { kmh: 18, overheadMinutes: 0, source: 'assumption: GB 17761-2018 caps e-bikes at 25 km/h; average 18' },
      motorcycle: { kmh: 30, overheadMinutes: 2, source: 'assumption: county and village roads, 30 km/h average' },
      bus: {
        kmh: 20,
        overheadMinutes: 15,
        source: 'assumption: rural bus with stops 20 km/h, plus 15 min wait and walk',
      },
      car: { kmh: 35, overheadMinutes: 3, source: 'assumption: county roads 35 km/h average, plus parking' },
    },
  },
  pay: {
    daysPerMonth: STANDARD_WORKING_TIME.monthlyPayDays,
    hoursPerDay: STANDARD_WORKING_TIME.dailyHours,
    hoursPerWeek: STANDARD_WORKING_TIME.weeklyHours,
    fallbackReferenceHourly: 15.6,
    fallbackReferenceSource:
      'Henan tier 3 hourly minimum wage 2022 (豫政〔2021〕33号), the lowest in reference/labour-law.md (verify)',
    fullScoreRatio: 1.3,
    scoreAtFloor: 0.6,
    zeroScoreRatio: 0.5,
  },
  schedule: {
    flexibleFullSlots: 40,
    haloSlots: 2,
    careBlocksHomeWork: { 'school-pickup': true, childcare: false, 'elder-care': false, other: true },
  },
  skills: { creditByLevelsBelow: [1, 0.6, 0.3] },
  stability: {
    contract: { labour: 1, 'part-time': 0.6, 'labour-service': 0.5, none: 0.2, unknown: 0.2 },
    weights: { contract: 0.5, insurance: 0.25, duration: 0.25 },
    shortMonths: 1,
    fullMonths: 12,
  },
  preference: { onSiteWhenHomeWanted: 0.3 },
  rights: { scoreBySeverity: { critical: 0, high: 0.4, medium: 0.8, low: 1 }, criticalMultiplier: 0.5 },
  legal: {
    // 劳动法 art. 15; 禁止使用童工规定 art. 2
    minimumAge: 16,
    // 劳动法 art. 58: 未成年工 = 16–17
    adultAge: 18,
    // 未成年工特殊保护规定 art. 3 bans level-4 physical intensity work; 20 kg is a proxy (verify)
    minorMaxLiftKg: 20,
    // 女职工劳动保护特别规定 annex item 3: pregnant workers may not do level-3/4 physical intensity work; 10 kg is a proxy (verify)
    pregnantMaxLiftKg: 10,
  },
  nearMiss: { scheduleSlotsPerDay: 1, commuteOverFactor: 1.2, missingSkills: 1 },
  weights: { schedule: 0.2, commute: 0.2, pay: 0.2, skills: 0.15, stability: 0.1, preference: 0.05, rights: 0.1 },
};
