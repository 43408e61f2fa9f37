/**
 * Search keys a seeker, employer or job is found by: the name itself, its full pinyin and pinyin initials
 * (both without tones or spaces), the last four digits of the phone and of the ID number. Stored in a
 * multi-entry index so each keystroke is an indexed prefix look-up, never a scan. The pinyin function is
 * passed in (pinyin-pro is large and loaded lazily by the app).
 */
export interface Pinyin {
  /** full pinyin, syllables separated by single spaces, no tones */
  readonly full: (text: string) => string;
}

export function nameKeys(name: string, py: Pinyin): string[] {
  const clean = name.trim().toLowerCase();
  if (!clean) return [];
  // Only letters and digits make pinyin keys: an emoji or a symbol in a name is no syllable (and half of an
  // emoji's surrogate pair is no initial).
  const syllables = py
    .full(clean)
    .toLowerCase()
    .split(/\s+/)
    .map((s) => s.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  const full = syllables.join('');
  const initials = syllables.map((s) => s[0]).join('');
  return [...new Set([clean, full, initials].filter((k) => k.length > 0))];
}

export function personKeys(name: string, phone: string | null, idNumber: string | null, py: Pinyin): string[] {
  const keys = nameKeys(name, py);
  if (phone && phone.length >= 4) keys.push(`t${phone.slice(-4)}`);
  if (idNumber && idNumber.length >= 4) keys.push(`i${idNumber.slice(-4).toLowerCase()}`);
  return [...new Set(keys)];
}

/** The searchable tables and the fields their keys come from: the one definition for saves, imports and pulls. */
export const SEARCHABLE_TABLES = ['seekers', 'employers', 'jobs'] as const;
export type SearchableTable = (typeof SEARCHABLE_TABLES)[number];

const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const textOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The keys of a record of a searchable table; a removed (withdrawn) seeker is found by nothing. */
export function recordSearchKeys(
  table: SearchableTable,
  record: Readonly<Record<string, unknown>>,
  py: Pinyin,
): string[] {
  switch (table) {
    case 'seekers':
      return record.deleted === true
        ? []
        : personKeys(text(record.name), textOrNull(record.phone), textOrNull(record.idNumber), py);
    case 'employers':
      return nameKeys(text(record.name), py);
    case 'jobs':
      return nameKeys(text(record.title), py);
  }
}

export const isSearchable = (table: string): table is SearchableTable =>
  (SEARCHABLE_TABLES as readonly string[]).includes(table);

/**
 * The index prefixes a typed query is looked up by. Digits search phone and ID tails (stored with a "t" or
 * "i" tag so they never collide with names); anything else searches names and pinyin, lower-cased, spaces
 * removed.
 */
export function queryPrefixes(query: string): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  if (/^\d{1,4}x?$/.test(q)) return /x$/.test(q) ? [`i${q}`] : [`t${q}`, `i${q}`];
  return [q];
}
