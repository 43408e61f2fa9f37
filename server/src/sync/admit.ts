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
  /** the server holds this mutation id already (stored or quarantined), or took it earlier in the batch */
  readonly seen: boolean;
  /** the server's clock, ms */
  readonly now: number;
}

export type RejectionCode = 'text.nul' | 'table.unknown' | 'schema' | 'scope' | 'append-only';

export type Admission =
  | { readonly status: 'applied' }
  | { readonly status: 'duplicate' }
  | { readonly status: 'rejected'; readonly code: RejectionCode; readonly message: string }
  /** taken, but held until its clock is no more than a day ahead (`wallMs` is that clock) */
  | { readonly status: 'quarantined'; readonly message: string; readonly wallMs: number };

const reject = (code: RejectionCode, message: string): Admission => ({ status: 'rejected', code, message });

/**
 * The server's rules for one mutation, in the order they are checked (DESIGN.md, Sync protocol; docs/sync.md,
 * Server rules): an id already held is a duplicate; no text may hold a NUL character; the table must sync and
 * the fields fit its schema, with `fields.id` (when sent) equal to the record id; a station changes only its own
 * records (the station it names and the record's owner are itself, and of the `stations` table only the record
 * that is itself), county-office tables only from a county office; append-only
 * entries are written once and never deleted; a clock more than a day ahead is held in quarantine.
 */
export function admit(m: Mutation, context: AdmissionContext): Admission {
  if (context.seen) return { status: 'duplicate' };
  if (holdsNul(m)) return reject('text.nul', 'Text holds a NUL character (\\u0000), which the county cannot store');
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
  const wall = decodeHlc(m.hlc);
  if (wall.ok && wall.value.ms - context.now > MAX_CLOCK_DRIFT_MS) {
    const ahead = wall.value.ms - context.now;
    return {
      status: 'quarantined',
      message: `Clock ${Math.round(ahead / 60_000)} minutes ahead: held until it is due`,
      wallMs: wall.value.ms,
    };
  }
  return { status: 'applied' };
}
