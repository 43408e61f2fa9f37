import { useLiveQuery } from 'dexie-react-hooks';
import type { Employer } from '#shared/entities/employer';
import type { Job } from '#shared/entities/job';
import type { Referral, ReferralStatus } from '#shared/entities/referral';
import type { Seeker } from '#shared/entities/seeker';
import type { Station } from '#shared/entities/station';
import { getDb } from './db';

/** A referral with the people and posting it names, for lists and the slip. */
export interface ReferralView {
  readonly referral: Referral;
  readonly seeker: Seeker | null;
  readonly job: Job | null;
  readonly employer: Employer | null;
}

async function withNames(referrals: readonly Referral[]): Promise<ReferralView[]> {
  const db = getDb();
  const [seekers, jobs, employers] = await Promise.all([
    db.seekers.bulkGet(referrals.map((r) => r.seekerId)),
    db.jobs.bulkGet(referrals.map((r) => r.jobId)),
    db.employers.bulkGet(referrals.map((r) => r.employerId)),
  ]);
  return referrals.map((referral, i) => ({
    referral,
    seeker: seekers[i] ?? null,
    job: jobs[i] ?? null,
    employer: employers[i] ?? null,
  }));
}

/** Referrals, newest first (all, or those with one status), with names. */
export function useReferrals(status: ReferralStatus | null, limit = 300): ReferralView[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const rows = status
      ? (await db.referrals.where('status').equals(status).toArray())
          .sort((a, b) => b.createdAt - a.createdAt)
          .slice(0, limit)
      : await db.referrals.orderBy('createdAt').reverse().limit(limit).toArray();
    return withNames(rows.filter((r) => !r.deleted));
  }, [status, limit]);
}

/** One referral with names and the station that wrote it (for the slip); null when there is none. */
export function useReferral(
  id: string | undefined,
): (ReferralView & { readonly station: Station | null }) | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const db = getDb();
    const referral = await db.referrals.get(id);
    if (!referral || referral.deleted) return null;
    const [view] = await withNames([referral]);
    return view ? { ...view, station: (await db.stations.get(referral.stationId)) ?? null } : null;
  }, [id]);
}

/** How many referrals each status has (the tabs' counts). */
export function useReferralCounts(): Readonly<Record<string, number>> | undefined {
  return useLiveQuery(async () => {
    const counts: Record<string, number> = {};
    await getDb().referrals.each((r) => {
      if (!r.deleted) counts[r.status] = (counts[r.status] ?? 0) + 1;
    });
    return counts;
  }, []);
}

/**
 * The latest referral of each pair involving one seeker (keyed by job) or one job (keyed by seeker), so a match
 * list can mark people already put forward and not offer a second referral while one is open.
 */
export function usePairReferrals(by: 'seekerId' | 'jobId', id: string): ReadonlyMap<string, Referral> {
  return useLiveQuery(
    async () => {
      const rows = (await getDb().referrals.where(by).equals(id).toArray())
        .filter((r) => !r.deleted)
        .sort((a, b) => a.createdAt - b.createdAt);
      return new Map(rows.map((r) => [by === 'seekerId' ? r.jobId : r.seekerId, r]));
    },
    [by, id],
    new Map<string, Referral>(),
  );
}
