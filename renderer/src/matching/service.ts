import type { Job } from '#shared/entities/job';
import { explainPrepared } from '#shared/matching/explain';
import { matchJobsForSeeker, matchSeekersForJob } from '#shared/matching/rank';
import type { MatchList, PairExplanation, PreparedJob, PreparedSeeker } from '#shared/matching/types';
import type { Course } from '#shared/entities/course';
import { skillsGap, type SkillsGap } from '#shared/training/skills-gap';
import type { MatchData } from './data';

/** What a list shows of the other side, so a screen needs no second look-up. */
export interface SeekerSummary {
  readonly id: string;
  readonly name: string;
  readonly birthDate: string | null;
  readonly villageCode: string | null;
  readonly status: string;
}
export type JobSummary = Pick<
  Job,
  'id' | 'title' | 'employerId' | 'pay' | 'workplace' | 'schedule' | 'contractKind' | 'positions' | 'status'
>;

export interface JobFilters {
  /** only postings done at home, or only on site */
  readonly workplace?: 'any' | 'on-site' | 'home-based';
  /** township (9 digits) or village (12 digits) of the employer */
  readonly area?: string | null;
}
export interface SeekerFilters {
  /** township (9 digits) or village (12 digits) where the person lives */
  readonly area?: string | null;
}

export type MatchQuery =
  | {
      readonly kind: 'jobs-for-seeker';
      readonly seekerId: string;
      readonly filters: JobFilters;
      readonly limit: number;
    }
  | {
      readonly kind: 'seekers-for-job';
      readonly jobId: string;
      readonly filters: SeekerFilters;
      readonly limit: number;
    }
  | { readonly kind: 'explain'; readonly seekerId: string; readonly jobId: string }
  /** the skills gap (training): open postings' skills against holders and near misses, by area */
  | { readonly kind: 'skills-gap' };

export interface RankedAnswer {
  readonly list: MatchList;
  /** the other side of every pair returned, by id */
  readonly jobs: Readonly<Record<string, JobSummary>>;
  readonly seekers: Readonly<Record<string, SeekerSummary>>;
  /** milliseconds the engine took (shown to nobody; the benchmark and the logs read it) */
  readonly tookMs: number;
}
export type MatchAnswer =
  | { readonly kind: 'ranked'; readonly answer: RankedAnswer }
  | {
      readonly kind: 'explain';
      readonly explanation: PairExplanation;
      readonly jobs: Readonly<Record<string, JobSummary>>;
      readonly seekers: Readonly<Record<string, SeekerSummary>>;
    }
  | { readonly kind: 'missing'; readonly what: 'seeker' | 'job' }
  | { readonly kind: 'skills-gap'; readonly gap: SkillsGap };

const seekerSummary = (ps: PreparedSeeker): SeekerSummary => ({
  id: ps.id,
  name: ps.source.name,
  birthDate: ps.source.birthDate,
  villageCode: ps.source.villageCode,
  status: ps.source.status,
});
const jobSummary = ({ source: j }: PreparedJob): JobSummary => ({
  id: j.id,
  title: j.title,
  employerId: j.employerId,
  pay: j.pay,
  workplace: j.workplace,
  schedule: j.schedule,
  contractKind: j.contractKind,
  positions: j.positions,
  status: j.status,
});

/**
 * Answers match queries over prepared data. The data is rebuilt lazily: `invalidate()` marks it stale (any
 * write to the tables it reads) and the next query loads and prepares again. Runs in the matching Web Worker,
 * or in the page where there is no Worker (unit tests).
 */
export class MatchService {
  private data: Promise<MatchData> | null = null;

  constructor(
    private readonly load: () => Promise<MatchData>,
    private readonly now: () => number = () => performance.now(),
  ) {}

  invalidate(): void {
    this.data = null;
  }

  private current(): Promise<MatchData> {
    this.data ??= this.load().catch((error: unknown) => {
      this.data = null;
      throw error;
    });
    return this.data;
  }

  async answer(query: MatchQuery): Promise<MatchAnswer> {
    const data = await this.current();
    const started = this.now();
    if (query.kind === 'skills-gap') {
      // It runs the matcher once per posting that asks for a skill: worker work, never the page's.
      const open = data.jobs.filter((pj) => pj.ineligible === null);
      const active = data.seekers.filter((ps) => ps.ineligible === null);
      return {
        kind: 'skills-gap',
        gap: skillsGap({
          jobs: open,
          seekers: active,
          ctx: data.ctx,
          courses: data.courses as readonly Pick<Course, 'skillCode' | 'status' | 'deleted'>[],
        }),
      };
    }
    if (query.kind === 'explain') {
      const ps = data.seekerById.get(query.seekerId);
      const pj = data.jobById.get(query.jobId);
      if (!ps) return { kind: 'missing', what: 'seeker' };
      if (!pj) return { kind: 'missing', what: 'job' };
      return {
        kind: 'explain',
        explanation: explainPrepared(ps, pj, data.ctx),
        jobs: { [pj.id]: jobSummary(pj) },
        seekers: { [ps.id]: seekerSummary(ps) },
      };
    }
    if (query.kind === 'jobs-for-seeker') {
      const ps = data.seekerById.get(query.seekerId);
      if (!ps) return { kind: 'missing', what: 'seeker' };
      const { workplace = 'any', area = null } = query.filters;
      const jobs = data.jobs.filter((pj) => {
        if (workplace !== 'any' && pj.source.workplace !== workplace) return false;
        if (area) return (data.ctx.employers.get(pj.source.employerId)?.villageCode ?? '').startsWith(area);
        return true;
      });
      const list = matchJobsForSeeker(ps, jobs, data.ctx, { limit: query.limit });
      const shown = [...list.matches, ...list.nearMisses];
      const summaries = Object.fromEntries(
        shown.map((r) => [r.jobId, jobSummary(data.jobById.get(r.jobId) as PreparedJob)]),
      );
      return {
        kind: 'ranked',
        answer: { list, jobs: summaries, seekers: { [ps.id]: seekerSummary(ps) }, tookMs: this.now() - started },
      };
    }
    const pj = data.jobById.get(query.jobId);
    if (!pj) return { kind: 'missing', what: 'job' };
    const area = query.filters.area ?? null;
    const seekers = area ? data.seekers.filter((ps) => (ps.source.villageCode ?? '').startsWith(area)) : data.seekers;
    const list = matchSeekersForJob(pj, seekers, data.ctx, { limit: query.limit });
    const shown = [...list.matches, ...list.nearMisses];
    const summaries = Object.fromEntries(
      shown.map((r) => [r.seekerId, seekerSummary(data.seekerById.get(r.seekerId) as PreparedSeeker)]),
    );
    return {
      kind: 'ranked',
      answer: { list, jobs: { [pj.id]: jobSummary(pj) }, seekers: summaries, tookMs: this.now() - started },
    };
  }
}
