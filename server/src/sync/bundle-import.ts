import { parseBundle } from '#shared/sync/bundle';
import type { PushResult } from '#shared/sync/batch';
import { holdsNul, nulTextRefusal } from '../nul-text';
import { ServiceError } from '../service-error';
import { chunk, type Database } from '../store/sql';
import { bundleOrigin, type BundleOrigin } from './bundle-origin';
import type { HoldLimits } from './hold-limits';
import { ingest } from './ingest';

/** What one kind of record (a table) in a bundle comes to. */
export interface BundleKind {
  readonly table: string;
  readonly changes: number;
  readonly applied: number;
  readonly alreadyHere: number;
  readonly held: number;
  /** refused by the rules, those below included */
  readonly refused: number;
  /** refused because the record belongs to another station */
  readonly otherStations: number;
}

export interface BundleImport {
  readonly stationId: string;
  readonly stationName: string;
  readonly origin: BundleOrigin;
  /** false: only what would change was worked out (a code's bundle not confirmed yet); nothing was kept */
  readonly applied: boolean;
  readonly kinds: readonly BundleKind[];
  readonly results: readonly PushResult[];
}

/** Thrown inside the transaction to roll a preview back, carrying what it found. */
class Preview extends Error {
  constructor(readonly outcome: BundleImport) {
    super('preview');
  }
}

export function kindsOf(mutations: readonly { table: string }[], results: readonly PushResult[]): BundleKind[] {
  const kinds = new Map<string, { -readonly [K in keyof BundleKind]: BundleKind[K] }>();
  mutations.forEach((m, i) => {
    const r = results[i];
    const kind = kinds.get(m.table) ?? {
      table: m.table,
      changes: 0,
      applied: 0,
      alreadyHere: 0,
      held: 0,
      refused: 0,
      otherStations: 0,
    };
    kinds.set(m.table, kind);
    kind.changes += 1;
    if (r?.status === 'applied') kind.applied += 1;
    else if (r?.status === 'duplicate') kind.alreadyHere += 1;
    else if (r?.status === 'held') kind.held += 1;
    else if (r?.status === 'rejected') {
      kind.refused += 1;
      if (r.code === 'scope') kind.otherStations += 1;
    }
  });
  return [...kinds.values()].sort((a, b) => a.table.localeCompare(b.table));
}

/**
 * A file carried on a USB stick: checked for where it comes from (bundle-origin.ts), then the same path as a
 * push on behalf of that station, so its scope rules hold and importing twice stores each change once. A
 * bundle shown by its enrolment code only (a PC never online) is first worked out and rolled back: it is kept
 * only when `confirm` says an admin has seen what it changes. Any refusal leaves the county as it was.
 */
export function createBundleImport(db: Database, now: () => number, holdLimits?: HoldLimits) {
  return async function importBundle(
    text: string,
    options: { readonly code?: string; readonly confirm?: boolean } = {},
  ): Promise<BundleImport> {
    const read = parseBundle(text);
    if (!read.ok)
      throw new ServiceError(
        400,
        read.error.code,
        read.error.message,
        '这个文件不是有效的家门口同步文件，没有导入任何内容。',
      );
    const { bundle } = read.value;
    if (holdsNul(bundle.stationId) || holdsNul(bundle.station)) throw nulTextRefusal();
    try {
      return await db.transaction(async (sql) => {
        const { origin, station } = await bundleOrigin(sql, read.value, options.code, now());
        const enrollmentId = origin.enrollmentId ?? `bundle:${bundle.stationId}`;
        const results: PushResult[] = [];
        for (const part of chunk(bundle.mutations, 2_000))
          results.push(
            ...(await ingest(
              sql,
              part.map((m) => ({ m, stationId: bundle.stationId, enrollmentId })),
              now(),
              { holdLimits },
            )),
          );
        const outcome: BundleImport = {
          stationId: bundle.stationId,
          stationName: station.name,
          origin,
          applied: true,
          kinds: kindsOf(bundle.mutations, results),
          results,
        };
        if (origin.via === 'code' && !options.confirm) throw new Preview({ ...outcome, applied: false });
        return outcome;
      });
    } catch (error) {
      if (error instanceof Preview) return error.outcome;
      throw error;
    }
  };
}
