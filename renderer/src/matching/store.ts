import type { Table } from 'dexie';
import type { PreparedJob, PreparedSeeker } from '#shared/matching/types';
import type { Job } from '#shared/entities/job';
import type { Seeker } from '#shared/entities/seeker';
import type { DoorstepDb } from '../db/db';
import { stationDay } from '../state/station-day';
import { MatchBase } from './base';
import type { MatchChanges } from './changes';
import { PreparedSide, type SideProgress, type SideRecord, type SideSource } from './side';

export type SideName = 'seekers' | 'jobs';
/** A query waiting for a whole side to be read or prepared again: which side, and how far it is. */
export interface MatchProgress extends SideProgress {
  readonly side: SideName;
}

/** What a query reads once the base and the sides it asked for are up to date. */
export interface MatchView {
  readonly base: MatchBase;
  readonly seekers: PreparedSide<Seeker, PreparedSeeker>;
  readonly jobs: PreparedSide<Job, PreparedJob>;
  /** one seeker or job, from its side when that is up to date, else read and prepared now; null when gone */
  seeker(id: string): Promise<PreparedSeeker | null>;
  job(id: string): Promise<PreparedJob | null>;
}

export interface MatchStoreOptions {
  /** the station's day (a new day prepares everything again: ages, end dates, rules in force) */
  readonly today?: () => string;
  /**
   * records read or prepared in one piece of work, between which other messages get in; by default 2,500
   * seekers or 500 postings (a posting also runs its rights pre-screen), a few tens of milliseconds each
   */
  readonly chunk?: number;
}

function tableSource<R extends SideRecord>(table: Table<R, string>): SideSource<R> {
  return {
    count: () => table.count(),
    after: (lastId, limit) =>
      (lastId === null ? table.toCollection() : table.where(':id').above(lastId)).limit(limit).toArray(),
    get: (ids) => table.bulkGet([...ids]),
  };
}

interface Stale {
  full: boolean;
  employers: Set<string> | 'all';
  findings: boolean;
  courses: boolean;
}
const nothingStale = (): Stale => ({ full: false, employers: new Set(), findings: false, courses: false });

/** Lets waiting messages (a query, a change) in between two pieces of work, without a timer's minimum delay. */
function pause(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Matching's prepared data, kept up to date by change rather than prepared again whole. The base (rules,
 * gazetteer, employers, findings, courses) is read first; each side is read only when a query needs it, in
 * chunks. Changes are noted as they come (`noteChanges`) and applied when next needed: a changed seeker or job
 * is read and prepared alone, a changed employer or visit prepares only that employer's postings, and a change
 * to the rules, the gazetteer or the day prepares everything again from the records already held. Work runs one
 * piece at a time with a pause between pieces, so a query for one side is answered while the other is read.
 */
export class MatchStore {
  private base: MatchBase | null = null;
  private stale: Stale = { ...nothingStale(), full: true };
  readonly seekers: PreparedSide<Seeker, PreparedSeeker>;
  readonly jobs: PreparedSide<Job, PreparedJob>;
  private tail: Promise<unknown> = Promise.resolve();
  private warming = false;
  private readonly warmSides = new Set<SideName>();
  private readonly today: () => string;

  constructor(
    private readonly db: DoorstepDb,
    options: MatchStoreOptions = {},
  ) {
    this.today = options.today ?? stationDay;
    this.seekers = new PreparedSide<Seeker, PreparedSeeker>(tableSource(db.seekers), options.chunk ?? 2_500);
    this.jobs = new PreparedSide<Job, PreparedJob>(tableSource(db.jobs), options.chunk ?? 500);
  }

  /** Records written in matching's tables (see changes.ts). Only noted here; the work is done when needed. */
  noteChanges(changes: MatchChanges): void {
    for (const [table, ids] of Object.entries(changes)) {
      if (table === 'seekers') this.seekers.changed(ids);
      else if (table === 'jobs') this.jobs.changed(ids);
      else if (table === 'employers') {
        const known = this.stale.employers;
        this.stale.employers = ids === 'all' || known === 'all' ? 'all' : new Set([...known, ...ids]);
      } else if (table === 'placements' || table === 'visits') this.stale.findings = true;
      else if (table === 'courses') this.stale.courses = true;
      else this.stale.full = true;
    }
  }

  /**
   * Runs `use` once the base and the sides named are up to date, doing the work due a piece at a time and
   * telling `onProgress` how far a side is while the whole of it is being read or prepared.
   */
  when<T>(
    needs: readonly SideName[],
    use: (view: MatchView) => T | Promise<T>,
    onProgress?: (progress: MatchProgress) => void,
  ): Promise<T> {
    return this.until(needs, 'settled', use, onProgress);
  }

  /**
   * Runs `use` once the base is up to date and the sides named are read whole and up to date, prepared or not:
   * `use` prepares the records it needs itself (`PreparedSide.prepareAt`), and the rest are prepared afterwards.
   */
  whenRead<T>(
    needs: readonly SideName[],
    use: (view: MatchView) => T | Promise<T>,
    onProgress?: (progress: MatchProgress) => void,
  ): Promise<T> {
    return this.until(needs, 'current', use, onProgress);
  }

  private async until<T>(
    needs: readonly SideName[],
    ready: 'settled' | 'current',
    use: (view: MatchView) => T | Promise<T>,
    onProgress?: (progress: MatchProgress) => void,
  ): Promise<T> {
    for (;;) {
      const done = await this.exclusive(async (): Promise<{ value: T } | null> => {
        const base = await this.refreshBase();
        const side = needs.find((name) => !this[name][ready]);
        if (side === undefined) return { value: await use(this.view(base)) };
        await this.step(side, base);
        const busy = this[side][ready] ? null : this[side].busy;
        if (busy && onProgress) onProgress({ side, ...busy });
        return null;
      });
      if (done) return done.value;
      await pause();
    }
  }

  /**
   * Gets the sides named ready (both by default) and keeps applying changes in the background, a piece at a time,
   * so the next query finds them prepared. Stops when they are up to date or a piece fails (the next query
   * retries). A call naming more sides while one runs widens what it gets ready.
   */
  warm(sides: readonly SideName[] = ['jobs', 'seekers']): void {
    for (const side of sides) this.warmSides.add(side);
    if (this.warming) return;
    this.warming = true;
    void (async () => {
      try {
        for (;;) {
          const more = await this.exclusive(async () => {
            const base = await this.refreshBase();
            const side = (['jobs', 'seekers'] as const).find((name) => this.warmSides.has(name) && !this[name].settled);
            if (side === undefined) return false;
            await this.step(side, base);
            return true;
          });
          if (!more) return;
          await pause();
        }
      } catch {
        // the next query does the same work again and reports the failure
      } finally {
        this.warming = false;
      }
    })();
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private step(side: SideName, base: MatchBase): Promise<void> {
    return side === 'seekers' ? this.seekers.step((s) => base.seeker(s)) : this.jobs.step((j) => base.job(j));
  }

  /** The base, read again where changes made it stale; the sides are told what to prepare again. */
  private async refreshBase(): Promise<MatchBase> {
    const today = this.today();
    if (this.base?.today !== today) this.stale.full = true;
    const stale = this.stale;
    this.stale = nothingStale();
    try {
      if (stale.full || !this.base) {
        const hadBase = this.base !== null;
        this.base = await MatchBase.load(this.db, today);
        if (hadBase) {
          this.seekers.prepareAgain();
          this.jobs.prepareAgain();
        }
        return this.base;
      }
      const base = this.base;
      if (stale.employers === 'all' || stale.employers.size > 0) {
        const changed = await base.refreshEmployers(stale.employers === 'all' ? 'all' : [...stale.employers]);
        if (changed.size > 0) this.jobs.prepareAgain((j) => changed.has(j.employerId));
      }
      if (stale.findings) {
        const changed = await base.refreshFindings();
        if (changed.size > 0) this.jobs.prepareAgain((j) => changed.has(j.employerId));
      }
      if (stale.courses) await base.refreshCourses();
      return base;
    } catch (error) {
      // not refreshed: it stays stale, with whatever was noted meanwhile
      this.noteStale(stale);
      throw error;
    }
  }

  private noteStale(stale: Stale): void {
    if (stale.full) this.stale.full = true;
    if (stale.findings) this.stale.findings = true;
    if (stale.courses) this.stale.courses = true;
    this.noteChanges({ employers: stale.employers === 'all' ? 'all' : [...stale.employers] });
  }

  private view(base: MatchBase): MatchView {
    const { seekers, jobs, db } = this;
    return {
      base,
      seekers,
      jobs,
      seeker: async (id) => {
        if (seekers.settled) return seekers.get(id) ?? null;
        const held = seekers.current ? seekers.get(id) : undefined;
        if (held) return held;
        const row = await db.seekers.get(id);
        return row && !row.deleted ? base.seeker(row) : null;
      },
      job: async (id) => {
        if (jobs.settled) return jobs.get(id) ?? null;
        const held = jobs.current ? jobs.get(id) : undefined;
        if (held) return held;
        const row = await db.jobs.get(id);
        return row && !row.deleted ? base.job(row) : null;
      },
    };
  }
}
