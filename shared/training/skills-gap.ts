import { matchSeekersForJob } from '../matching/rank';
import type { MatchContext, PreparedJob, PreparedSeeker } from '../matching/types';
import type { Course } from '../entities/course';

/**
 * The skills gap: which courses to run next. For each skill open postings ask for:
 * - demand: positions of open postings that require it (a posting for 10 counts 10);
 * - holders: seekers who may be matched and already hold it at the lowest level a posting asks for;
 * - near misses: seekers the matching engine calls a near miss for such a posting with exactly one short
 *   skill — this one, missing or held below the level asked (shared/matching `matchSeekersForJob`): people a
 *   course would help; each person counts once per skill;
 * - unmet: places the people who already match cannot fill — for each posting, positions minus its
 *   matches (never below 0), summed over the postings asking for the skill (county-wide);
 * - placeable: min(near misses, unmet) — people a course could bring to a posting still unfilled.
 * Ranked by placeable, then near misses, then demand, then skill code (a stable order). The same rows by
 * village and by township count the people who live there; demand and unmet stay county-wide, since
 * postings are reached by commute, not by village line.
 */
export interface SkillGapRow {
  readonly skillCode: string;
  readonly demandPositions: number;
  readonly postings: number;
  readonly holders: number;
  readonly nearMissSeekers: number;
  readonly unmet: number;
  readonly placeable: number;
  /** planned or open courses teaching it */
  readonly courses: number;
}

export interface AreaGap {
  readonly level: 'village' | 'township';
  readonly code: string;
  readonly rows: readonly SkillGapRow[];
}

export interface SkillsGap {
  readonly county: readonly SkillGapRow[];
  readonly areas: readonly AreaGap[];
}

export interface SkillsGapInput {
  readonly jobs: readonly PreparedJob[];
  readonly seekers: readonly PreparedSeeker[];
  readonly ctx: MatchContext;
  readonly courses: readonly Pick<Course, 'skillCode' | 'status' | 'deleted'>[];
}

export function compareGapRows(a: SkillGapRow, b: SkillGapRow): number {
  return (
    b.placeable - a.placeable ||
    b.nearMissSeekers - a.nearMissSeekers ||
    b.demandPositions - a.demandPositions ||
    (a.skillCode < b.skillCode ? -1 : a.skillCode > b.skillCode ? 1 : 0)
  );
}

/**
 * For each skill, the ids of seekers who fall short only on that skill (lacking it, or below the level asked)
 * for at least one open posting; and for each
 * posting, how many people it already matches.
 */
export function nearMissesBySkill(
  jobs: readonly PreparedJob[],
  seekers: readonly PreparedSeeker[],
  ctx: MatchContext,
): { bySkill: Map<string, Set<string>>; matched: Map<string, number> } {
  const bySkill = new Map<string, Set<string>>();
  const matched = new Map<string, number>();
  for (const job of jobs) {
    if (job.ineligible !== null || job.skillCodes.length === 0) continue;
    const list = matchSeekersForJob(job, seekers, ctx);
    matched.set(job.id, list.matchCount);
    for (const miss of list.nearMisses) {
      if (miss.failed !== 'skills') continue;
      const short = miss.reasonsAgainst.filter((r) => r.code === 'skills.missing' || r.code === 'skills.levelBelow');
      const skill = short[0]?.params['skill'];
      if (short.length !== 1 || typeof skill !== 'string') continue;
      const set = bySkill.get(skill) ?? new Set<string>();
      set.add(miss.seekerId);
      bySkill.set(skill, set);
    }
  }
  return { bySkill, matched };
}

interface Demand {
  positions: number;
  postings: number;
  unmet: number;
  /** the lowest level (0–2) a posting asks for */
  minLevel: number;
}

function rowsFor(
  demand: ReadonlyMap<string, Demand>,
  holders: (skill: string) => number,
  nearMiss: (skill: string) => number,
  courses: ReadonlyMap<string, number>,
): SkillGapRow[] {
  return [...demand.entries()]
    .map(([skillCode, d]) => {
      const nearMissSeekers = nearMiss(skillCode);
      return {
        skillCode,
        demandPositions: d.positions,
        postings: d.postings,
        holders: holders(skillCode),
        nearMissSeekers,
        unmet: d.unmet,
        placeable: Math.min(nearMissSeekers, d.unmet),
        courses: courses.get(skillCode) ?? 0,
      };
    })
    .sort(compareGapRows);
}

export function skillsGap(input: SkillsGapInput): SkillsGap {
  const { jobs, seekers, ctx } = input;
  const eligible = seekers.filter((s) => s.ineligible === null);
  const { bySkill: misses, matched } = nearMissesBySkill(jobs, eligible, ctx);
  const demand = new Map<string, Demand>();
  for (const job of jobs) {
    if (job.ineligible !== null) continue;
    job.skillCodes.forEach((code, i) => {
      const d = demand.get(code) ?? { positions: 0, postings: 0, unmet: 0, minLevel: Number.POSITIVE_INFINITY };
      d.minLevel = Math.min(d.minLevel, job.skillLevels[i] ?? 0);
      d.positions += job.source.positions;
      d.postings += 1;
      d.unmet += Math.max(0, job.source.positions - (matched.get(job.id) ?? 0));
      demand.set(code, d);
    });
  }
  const courses = new Map<string, number>();
  for (const c of input.courses)
    if (!c.deleted && (c.status === 'open' || c.status === 'planned'))
      courses.set(c.skillCode, (courses.get(c.skillCode) ?? 0) + 1);

  const areaOf = new Map<string, { village: string | null; township: string | null }>();
  for (const s of eligible) {
    const v = s.source.villageCode;
    areaOf.set(s.id, { village: v && v.length === 12 ? v : null, township: v ? v.slice(0, 9) : null });
  }

  // Holders and near misses counted per area key ('' is the county).
  const holderCount = new Map<string, Map<string, number>>();
  const missCount = new Map<string, Map<string, number>>();
  const bump = (table: Map<string, Map<string, number>>, area: string, skill: string): void => {
    const m = table.get(area) ?? new Map<string, number>();
    m.set(skill, (m.get(skill) ?? 0) + 1);
    table.set(area, m);
  };
  const areaKeys = (id: string): string[] => {
    const a = areaOf.get(id);
    return ['', ...(a?.village ? [`v:${a.village}`] : []), ...(a?.township ? [`t:${a.township}`] : [])];
  };
  for (const s of eligible)
    s.skillCodes.forEach((code, i) => {
      const d = demand.get(code);
      if (d && (s.skillLevels[i] ?? 0) >= d.minLevel) for (const k of areaKeys(s.id)) bump(holderCount, k, code);
    });
  for (const [skill, ids] of misses) for (const id of ids) for (const k of areaKeys(id)) bump(missCount, k, skill);

  const forArea = (key: string): SkillGapRow[] =>
    rowsFor(
      demand,
      (s) => holderCount.get(key)?.get(s) ?? 0,
      (s) => missCount.get(key)?.get(s) ?? 0,
      courses,
    );

  const keys = new Set<string>();
  for (const id of areaOf.keys()) for (const k of areaKeys(id)) if (k) keys.add(k);
  const areas: AreaGap[] = [...keys].sort().map((k) => ({
    level: k.startsWith('v:') ? ('village' as const) : ('township' as const),
    code: k.slice(2),
    rows: forArea(k),
  }));
  return { county: forArea(''), areas };
}
