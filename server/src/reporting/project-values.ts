import type { MergedRecord } from '#shared/sync/merge';
import { decodeHlc } from '#shared/sync/hlc';

/** What a projection reads: one merged record as the county holds it. */
export interface ProjectionSource {
  readonly table: string;
  readonly recordId: string;
  /** the station that created it (its owner) */
  readonly owner: string;
  readonly state: MergedRecord;
  readonly deleted: boolean;
  /** No earlier version of the record is stored: nothing in the reporting tables stands for it yet. */
  readonly firstWrite?: boolean;
}

/** One row of a reporting table: column → value (text, number or null). */
export type ReportRow = Readonly<Record<string, string | number | null>>;

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day (`YYYY-MM-DD`) a moment falls on in Beijing time (the county's day). */
export const beijingDate = (ms: number): string => new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
export const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;
export const isoDate = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
export const object = (value: unknown): Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** The newest clock among the record's fields: when it was last written. */
export function latestHlc(state: MergedRecord): string {
  let newest = '';
  for (const stamp of Object.values(state.stamps)) if (stamp.hlc > newest) newest = stamp.hlc;
  return newest;
}

/** The Beijing day of a field's last write, else of the record's creation. */
export function writtenOn(state: MergedRecord, field: string): string {
  const stamp = state.stamps[field];
  const decoded = stamp ? decodeHlc(stamp.hlc) : null;
  if (decoded?.ok) return beijingDate(decoded.value.ms);
  return beijingDate(num(state.values.createdAt) ?? 0);
}
