import { countyConsented, PERSON_TABLES } from './county-release';

/**
 * Whom a change is about, and whether the county may know that person: a seeker is about itself; a referral,
 * placement or enrolment names its seeker; a visit its placement, an attendance mark its enrolment; an audit
 * entry the record it was written for. Both the station (from its own tables) and the county (from its merged
 * records) answer the look-ups. Pure.
 */
export type RecordValues = Readonly<Record<string, unknown>>;

/** A record's current values by table and id, as far as the caller holds them. */
export type RecordLookup = (table: string, id: string) => RecordValues | undefined;

export interface RecordKey {
  readonly table: string;
  readonly id: string;
}

/** The change (or record) whose person is asked about. */
export interface Subjected {
  readonly table: string;
  readonly recordId: string;
  readonly fields: RecordValues;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** The record a change points to on its way to the person: [table, id], or undefined when it names none. */
function parentOf(item: Subjected, lookup: RecordLookup): RecordKey | undefined {
  const field = (name: string) => text(item.fields[name]) ?? text(lookup(item.table, item.recordId)?.[name]);
  switch (item.table) {
    case 'referrals':
    case 'placements':
    case 'enrolments': {
      const id = field('seekerId');
      return id ? { table: 'seekers', id } : undefined;
    }
    case 'visits': {
      const id = field('placementId');
      return id ? { table: 'placements', id } : undefined;
    }
    case 'attendance': {
      const id = field('enrolmentId');
      return id ? { table: 'enrolments', id } : undefined;
    }
    case 'audit': {
      const table = field('table');
      const id = field('recordId');
      return table && id && PERSON_TABLES.has(table) ? { table, id } : undefined;
    }
    default:
      return undefined;
  }
}

const MAX_DEPTH = 4;

/** The key `gatherRecords` expects its loader's map to use. */
export const recordLookupKey = (table: string, id: string): string => `${table}\u0000${id}`;

/**
 * The seeker a change is about: its id; null when it is about no person (a job, an employer, an audit entry of
 * a village); undefined when it is about a person the look-up cannot find (treated as not consenting).
 */
export function subjectOf(item: Subjected, lookup: RecordLookup): string | null | undefined {
  let current: Subjected = item;
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    if (current.table === 'seekers') return current.recordId;
    if (!PERSON_TABLES.has(current.table)) return null;
    const parent = parentOf(current, lookup);
    if (!parent) return current.table === 'audit' ? null : undefined;
    current = { table: parent.table, recordId: parent.id, fields: {} };
  }
  return undefined;
}

/**
 * Whether the county may hold this change as it is: it is about no person, or about one whose current record
 * says they consented to reporting to the county. A seeker's own change is judged by the record (the latest
 * word on consent) and, while the record is unknown, by the consent the change carries.
 */
export function mayIdentify(item: Subjected, lookup: RecordLookup): boolean {
  const seekerId = subjectOf(item, lookup);
  if (seekerId === null) return true;
  if (seekerId === undefined) return false;
  const record = lookup('seekers', seekerId);
  if (record && 'consent' in record) return countyConsented(record.consent);
  return item.table === 'seekers' && countyConsented(item.fields.consent);
}

/**
 * Loads what `mayIdentify` needs for many changes at once, a level at a time (a visit needs its placement
 * before the placement's seeker can be known): `load` fetches records by key, as many as it is given.
 */
export async function gatherRecords(
  items: readonly Subjected[],
  load: (keys: readonly RecordKey[]) => Promise<ReadonlyMap<string, RecordValues>>,
): Promise<RecordLookup> {
  const held = new Map<string, RecordValues | null>();
  const keyOf = recordLookupKey;
  const lookup: RecordLookup = (table, id) => held.get(keyOf(table, id)) ?? undefined;
  let frontier: RecordKey[] = items
    .filter((i) => PERSON_TABLES.has(i.table))
    .map((i) => ({ table: i.table, id: i.recordId }));
  for (let depth = 0; depth <= MAX_DEPTH && frontier.length > 0; depth += 1) {
    const wanted = new Map<string, RecordKey>();
    for (const k of frontier) if (!held.has(keyOf(k.table, k.id))) wanted.set(keyOf(k.table, k.id), k);
    if (wanted.size === 0) break;
    const found = await load([...wanted.values()]);
    for (const [key, k] of wanted) held.set(key, found.get(keyOf(k.table, k.id)) ?? null);
    const next: RecordKey[] = [];
    const parents = (item: Subjected) => {
      const parent = parentOf(item, lookup);
      if (parent) next.push(parent);
    };
    if (depth === 0) items.forEach(parents);
    for (const k of wanted.values()) parents({ table: k.table, recordId: k.id, fields: {} });
    frontier = next;
  }
  return lookup;
}
