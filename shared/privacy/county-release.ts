/**
 * What of a person may reach the county (README, Privacy). A person who consented to reporting to the county
 * (`consent.county`, not withdrawn) travels in full. Anyone else travels only as the county's anonymous counts
 * need: a seeker as a pseudonymous record (its random record id, sex, birth year, village, education, priority
 * groups, status, registration time, consent), and the records about them (referrals, placements, enrolments,
 * visits, attendance, audit entries) without their free text, which may name or describe the person.
 *
 * The station's sync client applies this to everything it pushes or writes to a USB bundle; the county applies it
 * again to everything it takes in and, when consent is withdrawn, to everything it already holds. Pure.
 */

/** The consent as a seeker record holds it (shared/entities/seeker.ts); read from untyped records too. */
export function countyConsented(consent: unknown): boolean {
  if (typeof consent !== 'object' || consent === null) return false;
  const c = consent as { county?: unknown; withdrawnOn?: unknown };
  return c.county === true && (c.withdrawnOn === null || c.withdrawnOn === undefined);
}

/** The seeker fields the county may hold without consent. Every other field stays on the PC. */
export const PSEUDONYMOUS_SEEKER_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'stationId',
  'createdAt',
  'updatedAt',
  'deleted',
  'sex',
  'birthDate',
  'villageCode',
  'education',
  'groups',
  'status',
  'consent',
]);

/**
 * A birth date reduced to its year, written as the middle of that year (the usual stand-in for an unknown day
 * and month), so ages counted from it are off by at most half a year.
 */
export const birthYearOnly = (date: string): string => (/^\d{4}-/.test(date) ? `${date.slice(0, 4)}-07-01` : date);

type Neutral = (value: unknown) => unknown;
const empty: Neutral = () => '';
const none: Neutral = () => null;
const noEvidence: Neutral = (answers) =>
  Array.isArray(answers)
    ? answers.map((a: unknown) => (typeof a === 'object' && a !== null ? { ...a, evidence: '' } : a))
    : answers;

/**
 * Free text about a person on the records that refer to one, and what stands in its place (a value each table's
 * schema accepts, since append-only entries travel whole).
 */
export const PERSONAL_TEXT: Readonly<Record<string, Readonly<Record<string, Neutral>>>> = {
  referrals: { overrideReason: none, outcomeReason: empty, note: empty },
  placements: { note: empty },
  enrolments: { reason: empty, certificateSerial: none },
  visits: { note: empty, answers: noEvidence },
  attendance: { reason: none },
  audit: { reason: none },
};

/** The tables whose records are about one person (a seeker, or a record that names a seeker). */
export const PERSON_TABLES: ReadonlySet<string> = new Set(['seekers', ...Object.keys(PERSONAL_TEXT)]);

/**
 * The fields of a change (or a whole record) as the county may hold them. `identifiable`: the person it is about
 * consented to reporting to the county (or it is about no person). Only the fields present are looked at, so a
 * partial change stays partial.
 */
export function releaseFields(
  table: string,
  fields: Readonly<Record<string, unknown>>,
  identifiable: boolean,
): Record<string, unknown> {
  if (identifiable) return { ...fields };
  if (table === 'seekers') {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      if (!PSEUDONYMOUS_SEEKER_FIELDS.has(key)) continue;
      out[key] = key === 'birthDate' && typeof value === 'string' ? birthYearOnly(value) : value;
    }
    return out;
  }
  const text = PERSONAL_TEXT[table];
  if (!text) return { ...fields };
  const out: Record<string, unknown> = { ...fields };
  for (const [key, neutral] of Object.entries(text)) if (key in out) out[key] = neutral(out[key]);
  return out;
}

/** Whether the county may keep these fields as they are (nothing in them is withheld without consent). */
export const holdsOnlyReleasable = (table: string, fields: Readonly<Record<string, unknown>>): boolean =>
  JSON.stringify(releaseFields(table, fields, false)) === JSON.stringify(fields);

/** A whole seeker record as the county may hold it, judged by the consent it carries. */
export const seekerAsCountyHolds = (record: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  releaseFields('seekers', record, countyConsented(record.consent));
