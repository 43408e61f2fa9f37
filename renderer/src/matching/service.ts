import type { Job } from '#shared/entities/job';
import { explainPrepared } from '#shared/matching/explain';
import { jobWorthPreparing } from '#shared/matching/prefilter';
import { matchJobsForSeeker, matchSeekersForJob } from '#shared/matching/rank';
import type { MatchList, PairExplanation, PreparedJob, PreparedSeeker } from '#shared/matching/types';
import type { Course } from '#shared/entities/course';
import { skillsGap, type SkillsGap } from '#shared/training/skills-gap';
import type { MatchBase } from './base';
import { EVERYTHING } from './changes';
import type { MatchProgress, MatchStore, MatchView } from './store';

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
> & {
  /** the employer's name, so a list of postings needs no employers read in the page */
  readonly employerName: string;
};

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
const jobSummary = ({ source: j }: PreparedJob, base: MatchBase): JobSummary => ({
  id: j.id,
  employerName: base.employerName(j.employerId),
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
 * Answers match queries over the store's prepared data (store.ts). A query waits only for what it reads: a
 * person's jobs need the jobs prepared and that one person, a posting's people need the seekers, a why-panel
 * needs neither side whole. Runs in the matching Web Worker, or in the page where there is no Worker (unit tests).
 */
export class MatchService {
  constructor(
    readonly store: MatchStore,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Everything matching reads is to be read and prepared again. */
  invalidate(): void {
    this.store.noteChanges(EVERYTHING);
  }

  answer(query: MatchQuery, onProgress?: (progress: MatchProgress) => void): Promise<MatchAnswer> {
    switch (query.kind) {
      case 'skills-gap':
        return this.store.when(['jobs', 'seekers'], (view) => skillsGapAnswer(view), onProgress);
      case 'explain':
        return this.store.when([], (view) => explainAnswer(view, query), onProgress);
      case 'jobs-for-seeker':
        return this.store.whenRead(['jobs'], (view) => this.jobsForSeeker(view, query), onProgress);
      case 'seekers-for-job':
        return this.store.when(['seekers'], (view) => this.seekersForJob(view, query), onProgress);
    }
  }

  /**
   * A person's postings from the postings read, prepared or not: a cheap first cut (`jobWorthPreparing`) keeps
   * those the screen could pass, and only they are prepared (once; the side keeps them) and ranked. The cut drops
   * only postings the screen excludes, so the list, its counts and what was considered are those of ranking all.
   */
  private async jobsForSeeker(
    view: MatchView,
    query: Extract<MatchQuery, { kind: 'jobs-for-seeker' }>,
  ): Promise<MatchAnswer> {
    const ps = await view.seeker(query.seekerId);
    if (!ps) return { kind: 'missing', what: 'seeker' };
    const started = this.now();
    const { ctx } = view.base;
    const { workplace = 'any', area = null } = query.filters;
    const worth = jobWorthPreparing(ps, ctx);
    const prepare = (job: Job): PreparedJob => view.base.job(job);
    const kept: PreparedJob[] = [];
    let considered = 0;
    view.jobs.records.forEach((job, at) => {
      if (workplace !== 'any' && job.workplace !== workplace) return;
      if (area && !(ctx.employers.get(job.employerId)?.villageCode ?? '').startsWith(area)) return;
      considered += 1;
      if (worth(job)) kept.push(view.jobs.prepareAt(at, prepare));
    });
    const cut = matchJobsForSeeker(ps, kept, ctx, { limit: query.limit });
    const list: MatchList = { ...cut, considered, excluded: cut.excluded + considered - kept.length };
    const shown = [...list.matches, ...list.nearMisses];
    const summaries = Object.fromEntries(
      shown.map((r) => [r.jobId, jobSummary(view.jobs.get(r.jobId) as PreparedJob, view.base)]),
    );
    return {
      kind: 'ranked',
      answer: { list, jobs: summaries, seekers: { [ps.id]: seekerSummary(ps) }, tookMs: this.now() - started },
    };
  }

  private async seekersForJob(
    view: MatchView,
    query: Extract<MatchQuery, { kind: 'seekers-for-job' }>,
  ): Promise<MatchAnswer> {
    const pj = await view.job(query.jobId);
    if (!pj) return { kind: 'missing', what: 'job' };
    const started = this.now();
    const area = query.filters.area ?? null;
    const all = view.seekers.list;
    const seekers = area ? all.filter((ps) => (ps.source.villageCode ?? '').startsWith(area)) : all;
    const list = matchSeekersForJob(pj, seekers, view.base.ctx, { limit: query.limit });
    const shown = [...list.matches, ...list.nearMisses];
    const summaries = Object.fromEntries(
      shown.map((r) => [r.seekerId, seekerSummary(view.seekers.get(r.seekerId) as PreparedSeeker)]),
    );
    return {
      kind: 'ranked',
      answer: { list, jobs: { [pj.id]: jobSummary(pj, view.base) }, seekers: summaries, tookMs: this.now() - started },
    };
  }
}

// It runs the matcher once per posting that asks for a skill: worker work, never the page's.
function skillsGapAnswer(view: MatchView): MatchAnswer {
  const open = view.jobs.list.filter((pj) => pj.ineligible === null);
  const active = view.seekers.list.filter((ps) => ps.ineligible === null);
  const courses = view.base.courses as readonly Pick<Course, 'skillCode' | 'status' | 'deleted'>[];
  return { kind: 'skills-gap', gap: skillsGap({ jobs: open, seekers: active, ctx: view.base.ctx, courses }) };
}

async function explainAnswer(view: MatchView, query: Extract<MatchQuery, { kind: 'explain' }>): Promise<MatchAnswer> {
  const [ps, pj] = await Promise.all([view.seeker(query.seekerId), view.job(query.jobId)]);
  if (!ps) return { kind: 'missing', what: 'seeker' };
  if (!pj) return { kind: 'missing', what: 'job' };
  return {
    kind: 'explain',
    explanation: explainPrepared(ps, pj, view.base.ctx),
    jobs: { [pj.id]: jobSummary(pj, view.base) },
    seekers: { [ps.id]: seekerSummary(ps) },
  };
}
