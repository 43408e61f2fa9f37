import { useLiveQuery } from 'dexie-react-hooks';
import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import type { RuleParameter } from '#shared/entities/rule-parameter';
import type { RuleParams } from '#shared/rights/parameters/rule-params';
import type { Placement } from '#shared/entities/placement';
import type { Visit } from '#shared/entities/visit';
import { getDb } from './db';
import { paramsInForce } from './rule-params';

/** Reads of the rights screens (issue 6), as live queries. */

/** The parameters in force: the county's synced rows before the shipped defaults. Undefined while loading. */
export function useRuleParams(): RuleParams | undefined {
  return useLiveQuery(async () => paramsInForce(await getDb().ruleParameters.toArray()), []);
}

/** The county's own rows (not the shipped defaults), withdrawn ones left out. */
export function useRuleParameterRecords(): RuleParameter[] | undefined {
  return useLiveQuery(async () => (await getDb().ruleParameters.toArray()).filter((r) => !r.deleted), []);
}

export interface PlacementView {
  readonly placement: Placement;
  readonly seeker:
    | (Pick<Seeker, 'id' | 'name' | 'birthDate' | 'sex' | 'pregnant'> &
        Pick<Partial<Seeker>, 'pregnancyDueDate' | 'breastfeedingChildBirthDate'>)
    | null;
  readonly job: Job | null;
  readonly employer: Employer | null;
  readonly visits: readonly Visit[];
}

/**
 * These people, for the active placements: most are in work, read in one go by the status index (thousands of
 * single reads cost far more), and the few others (a hire not started yet) by id.
 */
async function peopleInWork(ids: readonly string[]): Promise<(Seeker | undefined)[]> {
  const db = getDb();
  const byId = new Map<string, Seeker>(
    (await db.seekers.where('status').equals('placed').toArray()).map((s) => [s.id, s]),
  );
  const missing = [...new Set(ids.filter((id) => !byId.has(id)))];
  for (const s of await db.seekers.bulkGet(missing)) if (s) byId.set(s.id, s);
  return ids.map((id) => byId.get(id));
}

/**
 * The placements with their people and visits, and (`withWork`) their postings and employers. Past a few
 * hundred placements the visits are read whole (one read) rather than by a range per placement. `inWork`: the
 * placements are the active ones, whose people are mostly in work (see `peopleInWork`).
 */
async function viewsOf(placements: readonly Placement[], withWork = true, inWork = false): Promise<PlacementView[]> {
  const db = getDb();
  const live = placements.filter((p) => !p.deleted);
  const none = async () => live.map(() => undefined);
  const [seekers, jobs, employers, visits] = await Promise.all([
    inWork ? peopleInWork(live.map((p) => p.seekerId)) : db.seekers.bulkGet(live.map((p) => p.seekerId)),
    withWork ? db.jobs.bulkGet(live.map((p) => p.jobId)) : none(),
    withWork ? db.employers.bulkGet(live.map((p) => p.employerId)) : none(),
    live.length > 200
      ? db.visits.toArray()
      : db.visits
          .where('placementId')
          .anyOf(live.map((p) => p.id))
          .toArray(),
  ]);
  // Visits by placement, once: a year of placements and visits is thousands of each.
  const visitsOf = new Map<string, Visit[]>();
  for (const v of visits) {
    if (v.deleted) continue;
    const list = visitsOf.get(v.placementId);
    if (list) list.push(v);
    else visitsOf.set(v.placementId, [v]);
  }
  return live.map((placement, i) => {
    const s = seekers[i];
    return {
      placement,
      seeker: s
        ? {
            id: s.id,
            name: s.name,
            birthDate: s.birthDate,
            sex: s.sex,
            pregnant: s.pregnant,
            pregnancyDueDate: s.pregnancyDueDate ?? null,
            breastfeedingChildBirthDate: s.breastfeedingChildBirthDate ?? null,
          }
        : null,
      job: jobs[i] ?? null,
      employer: employers[i] ?? null,
      visits: (visitsOf.get(placement.id) ?? []).sort((a, b) =>
        a.visitedOn < b.visitedOn ? -1 : a.visitedOn > b.visitedOn ? 1 : 0,
      ),
    };
  });
}

/** Every placement with who, where and its visits: active first, then the latest start first. */
export function usePlacementViews(): PlacementView[] | undefined {
  return useLiveQuery(async () => {
    const views = await viewsOf(await getDb().placements.toArray());
    return views.sort((a, b) =>
      a.placement.status === b.placement.status
        ? a.placement.startDate < b.placement.startDate
          ? 1
          : a.placement.startDate > b.placement.startDate
            ? -1
            : 0
        : a.placement.status === 'active'
          ? -1
          : 1,
    );
  }, []);
}

/** The active placements with their people and visits (no postings or employers): the home page's follow-ups. */
export function useActivePlacementViews(): PlacementView[] | undefined {
  return useLiveQuery(
    async () => viewsOf(await getDb().placements.where('status').equals('active').toArray(), false, true),
    [],
  );
}

/** One placement: undefined while loading, null when there is none. */
export function usePlacementView(id: string | undefined): PlacementView | null | undefined {
  const result = useLiveQuery(async () => {
    const p = id ? await getDb().placements.get(id) : undefined;
    return { id, view: p && !p.deleted ? ((await viewsOf([p]))[0] ?? null) : null };
  }, [id]);
  return result && result.id === id ? result.view : undefined;
}

/** An employer's postings and placements (with visits), for its rights summary. */
export function useEmployerRights(
  employerId: string | undefined,
): { readonly jobs: readonly Job[]; readonly placements: readonly PlacementView[] } | undefined {
  return useLiveQuery(async () => {
    if (!employerId) return { jobs: [], placements: [] };
    const db = getDb();
    const jobs = (await db.jobs.filter((j) => j.employerId === employerId && !j.deleted).toArray()) as Job[];
    const placements = await viewsOf(await db.placements.where('employerId').equals(employerId).toArray());
    return { jobs, placements };
  }, [employerId]);
}

/** Seekers and open jobs to pick from when recording a placement (names only; newest first). */
export function usePlacementChoices():
  | {
      readonly seekers: readonly Pick<Seeker, 'id' | 'name' | 'birthDate'>[];
      readonly jobs: readonly (Pick<Job, 'id' | 'title' | 'employerId' | 'status'> & {
        readonly employerName: string;
      })[];
    }
  | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [seekers, jobs, employers] = await Promise.all([
      db.seekers
        .orderBy('createdAt')
        .reverse()
        .filter((s) => !s.deleted)
        .limit(5000)
        .toArray(),
      db.jobs.filter((j) => !j.deleted).toArray(),
      db.employers.toArray(),
    ]);
    const names = new Map(employers.map((e) => [e.id, e.name]));
    return {
      seekers: seekers.map((s) => ({ id: s.id, name: s.name, birthDate: s.birthDate })),
      jobs: jobs.map((j) => ({
        id: j.id,
        title: j.title,
        employerId: j.employerId,
        status: j.status,
        employerName: names.get(j.employerId) ?? '',
      })),
    };
  }, []);
}
