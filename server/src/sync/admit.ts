import { decodeHlc, MAX_CLOCK_DRIFT_MS } from '#shared/sync/hlc';
import type { Mutation } from '#shared/sync/mutation';
import { holdsNul } from '../nul-text';
import { describeIssues, serverTable } from '../tables';

/** What admission needs to know besides the mutation itself; the ingest reads it from the database. */
export interface AdmissionContext {
  /** the record as stored, or as earlier mutations of the same batch left it; undefined for a new record */
  readonly existing: { readonly owner: string } | undefined;
  /** the station the mutation arrives for (its token's, or a USB bundle's) */
  readonly stationId: string;
  /** that station is a county office (registered with a county's own area code) */
  readonly isCountyOffice: boolean;
  /** the server has stored this mutation id already, or took it earlier in the batch */
  readonly seen: boolean;
  /** the server holds this id aside for its clock: the copy it holds, and why it was refused if it was */
  readonly held?: {
    readonly hlc: string;
    readonly stationId: string;
    readonly refusal: { readonly code: string; readonly message: string } | null;
  };
  /** the server's clock, ms */
  readonly now: number;
  /** whether the mutation holds a NUL character, where the caller has looked already (looked up here otherwise) */
  readonly holdsNul?: boolean;
}

export type RejectionCode = 'text.nul' | 'table.unknown' | 'schema' | 'scope' | 'append-only' | 'held.refused';

const REJECTION_CODES: ReadonlySet<string> = new Set<RejectionCode>([
  'text.nul',
  'table.unknown',
  'schema',
  'scope',
  'append-only',
  'held.refused',
]);

/** A stored refusal's code as a rejection code (anything unknown reads as refused by an admin). */
export const asRejectionCode = (code: string): RejectionCode =>
  REJECTION_CODES.has(code) ? (code as RejectionCode) : 'held.refused';

export type Admission =
  | { readonly status: 'applied' }
  | { readonly status: 'duplicate' }
  | { readonly status: 'rejected'; readonly code: RejectionCode; readonly message: string }
  /** not stored: held aside until its clock is no longer too far ahead (`wallMs` is that clock) */
  | { readonly status: 'held'; readonly message: string; readonly wallMs: number };

const reject = (code: RejectionCode, message: string): Admission => ({ status: 'rejected', code, message });

/**
 * The server's rules for one mutation, in the order they are checked (DESIGN.md, Sync protocol; docs/sync.md,
 * Server rules): an id already held is a duplicate; no text may hold a NUL character; the table must sync and
 * the fields fit its schema, with `fields.id` (when sent) equal to the record id; a station changes only its own
 * records (the station it names and the record's owner are itself, and of the `stations` table only the record
 * that is itself), county-office tables only from a county office; append-only
 * entries are written once and never deleted; a clock more than MAX_CLOCK_DRIFT_MS ahead is held aside.
 * An id held already answers as before (held while its clock is ahead, or refused with why); its own station
 * sending it again once it is due, or re-stamped after its clock was corrected, has it judged afresh.
 */
export function admit(m: Mutation, context: AdmissionContext): Admission {
  if (context.seen) return { status: 'duplicate' };
  const { held } = context;
  if (held) {
    if (held.stationId !== context.stationId) return { status: 'duplicate' };
    if (held.refusal) return reject(asRejectionCode(held.refusal.code), held.refusal.message);
    // Sent again unchanged: still held while its clock is ahead, judged now once it is due.
    const still = held.hlc === m.hlc ? heldFor(m.hlc, context.now) : null;
    if (still) return still;
  }
  if (context.holdsNul ?? holdsNul(m))
    return reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store');
  const table = serverTable(m.table);
  if (!table) return reject('table.unknown', `Table "${m.table}" does not sync`);
  const fields = table.fields.safeParse(m.fields);
  if (!fields.success) return reject('schema', describeIssues(fields.error));
  if (m.fields.id !== undefined && m.fields.id !== m.recordId)
    return reject('schema', 'fields.id differs from recordId');
  const { existing, stationId } = context;
  const claimed = m.fields.stationId;
  if ((claimed !== undefined && claimed !== stationId) || (existing && existing.owner !== stationId))
    return reject('scope', 'A station may change only its own records');
  if (m.table === 'stations' && m.recordId !== stationId)
    return reject('scope', 'A station may change only its own station record');
  if (table.countyOffice && !context.isCountyOffice)
    return reject('scope', `Only the county office may change "${m.table}"`);
  if (table.kind === 'append' && (m.op === 'delete' || existing))
    return reject('append-only', `"${m.table}" entries are written once and never changed`);
  return heldFor(m.hlc, context.now) ?? { status: 'applied' };
}

/** The hold for a clock more than MAX_CLOCK_DRIFT_MS ahead of `now`, or null. */
function heldFor(hlc: string, now: number): Admission | null {
  const wall = decodeHlc(hlc);
  if (!wall.ok || wall.value.ms - now <= MAX_CLOCK_DRIFT_MS) return null;
  const ahead = wall.value.ms - now;
  return {
    status: 'held',
    message: `Clock ${Math.round(ahead / 60_000)} minutes ahead of the county: held until it is due`,
    wallMs: wall.value.ms,
  };
}
