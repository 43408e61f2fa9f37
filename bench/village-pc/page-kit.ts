// Runs inside the app's page (bundled by bench/village-pc/kit-bundle.mjs and served on the app's own origin):
// stores the benchmark's county straight into the station's IndexedDB, and times the same searches through the
// app's indexed look-up and through Dexie's full-scan `filter()`.
import Dexie from 'dexie';
import { pinyin } from 'pinyin-pro';
import type { Seeker } from '#shared/entities/seeker';
import { syntheticCounty } from '#shared/matching/synthetic';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { nameKeys, personKeys, queryPrefixes, type Pinyin } from '#shared/registry/search-keys';
import { yearOfWork, type YearSize } from './year-of-work';

export interface PersonName {
  readonly name: string;
  readonly phone: string | null;
}

export interface SeedOptions {
  readonly today: string;
  readonly staffName: string;
  readonly names: readonly PersonName[];
  readonly size: { readonly villages: number; readonly jobs: number; readonly seekers: number } & YearSize;
}

export interface Seeded {
  readonly counts: Readonly<Record<string, number>>;
  /** people looking for work with full-day hours, a village and no limits: matching has work to do for them */
  readonly probeSeekers: readonly { readonly id: string; readonly name: string }[];
  /** roll-calls to take today, one a pass: a course and one of its sessions */
  readonly rollCalls: readonly { readonly courseId: string; readonly sessionId: string }[];
}

const BATCH = 5000;
const JOB_TITLES = ['缝纫工', '包装工', '保洁员', '电商客服', '养老护理员', '分拣员', '竹编工', '厨师', '茶叶采摘工'];
const EMPLOYER_KINDS = ['服装厂', '帮扶车间', '食品厂', '合作社', '电商公司', '竹编坊'];

const py: Pinyin = {
  full: (text) => pinyin(text, { toneType: 'none', type: 'string', nonZh: 'consecutive', surname: 'head', v: true }),
};

async function openStation(): Promise<Dexie> {
  const db = new Dexie('doorstep');
  await db.open();
  return db;
}

async function putAll(db: Dexie, table: string, rows: readonly object[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH)
    await db.table(table).bulkPut(rows.slice(start, start + BATCH));
}

/** An ID number that agrees with the person's birth date and sex, distinct for distinct `n`. */
function idNumberFor(seeker: Seeker, n: number): string {
  const order = (n % 500) * 2 + (seeker.sex === 'male' ? 1 : 0);
  const first17 = `522626${seeker.birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}

/** Stores the county: villages, employers, jobs and seekers of the synthetic county, and a year of work. */
export async function seedCounty(options: SeedOptions): Promise<Seeded> {
  const db = await openStation();
  const stationId = ((await db.table('meta').get('stationId')) as { value: string }).value;
  const county = syntheticCounty(options.size, options.today);
  const keysByName = new Map<string, string[]>();
  const yearAgo = Date.parse(`${options.today}T00:00:00Z`) - 365 * 86_400_000;
  const stamp = (i: number, of: number) => {
    const at = yearAgo + Math.floor((i / of) * 364 * 86_400_000);
    return { stationId, createdAt: at, updatedAt: `${String(at).padStart(15, '0')}:00000:bench` };
  };
  const seekers = county.seekers.map((s, i) => {
    const person = options.names[i % options.names.length] as PersonName;
    const phone = `1${String(3_000_000_000 + i * 7919).slice(0, 10)}`;
    const idNumber = idNumberFor(s, i);
    if (!keysByName.has(person.name)) keysByName.set(person.name, personKeys(person.name, null, null, py));
    const searchKeys = [...(keysByName.get(person.name) ?? []), `t${phone.slice(-4)}`, `i${idNumber.slice(-4)}`];
    return { ...s, ...stamp(i, county.seekers.length), name: person.name, phone, idNumber, searchKeys };
  });
  const employers = county.employers.map((e, i) => {
    const name = `${e.villageCode?.slice(-3) ?? ''}号${EMPLOYER_KINDS[i % EMPLOYER_KINDS.length]}${i + 1}`;
    return { ...e, ...stamp(i, county.employers.length), name, searchKeys: nameKeys(name, py) };
  });
  const jobs = county.jobs.map((j, i) => {
    const title = `${JOB_TITLES[i % JOB_TITLES.length]}${i + 1}`;
    return { ...j, ...stamp(i, county.jobs.length), title, searchKeys: nameKeys(title, py) };
  });
  const year = yearOfWork({
    today: options.today,
    stationId,
    staffName: options.staffName,
    seekerIds: seekers.map((s) => s.id),
    jobs,
    size: options.size,
  });
  for (const s of seekers) if (year.placedSeekerIds.has(s.id)) s.status = 'placed';
  const villages = county.villages.map((v) => ({ ...v, stationId }));

  await putAll(db, 'villages', villages);
  await putAll(db, 'employers', employers);
  await putAll(db, 'jobs', jobs);
  await putAll(db, 'seekers', seekers);
  await putAll(db, 'referrals', year.referrals);
  await putAll(db, 'placements', year.placements);
  await putAll(db, 'visits', year.visits);
  await putAll(db, 'courses', year.courses);
  await putAll(db, 'enrolments', year.enrolments);
  await putAll(db, 'attendance', year.attendance);
  db.close();

  const probeSeekers = seekers
    .filter(
      (s) =>
        s.status === 'active' &&
        s.villageCode !== null &&
        s.careDuties.length === 0 &&
        s.physical.standingHoursMax === null &&
        s.commute.maxMinutes >= 45 &&
        s.literacy !== 'none',
    )
    .filter((_, i) => i % 97 === 0)
    .slice(0, 12)
    .map((s) => ({ id: s.id, name: s.name }));
  return {
    counts: {
      villages: villages.length,
      employers: employers.length,
      jobs: jobs.length,
      seekers: seekers.length,
      referrals: year.referrals.length,
      placements: year.placements.length,
      visits: year.visits.length,
      courses: year.courses.length,
      enrolments: year.enrolments.length,
      attendance: year.attendance.length,
    },
    probeSeekers,
    rollCalls: year.courses
      .filter((c) => year.rollCallCourseIds.includes(c.id))
      .flatMap((c) =>
        c.sessions.filter((s) => s.date === options.today).map((s) => ({ courseId: c.id, sessionId: s.id })),
      ),
  };
}

export interface SearchTimes {
  /** the app's look-up: an indexed prefix range on `searchKeys`, the first 100 */
  readonly indexedMs: number[];
  /** every record read and tested (`Collection.filter()`): all matches, so the first 100 can be the same ones */
  readonly filterMs: number[];
}

/** Each query through the index and through a full scan, in this page; both must find the same people. */
export async function timeSearches({
  queries,
  limit,
}: {
  readonly queries: readonly string[];
  readonly limit: number;
}): Promise<SearchTimes> {
  const db = await openStation();
  const seekers = db.table<{ id: string; deleted: boolean; searchKeys: string[] }, string>('seekers');
  const indexedMs: number[] = [];
  const filterMs: number[] = [];
  for (const query of queries) {
    const prefixes = queryPrefixes(query);
    let start = performance.now();
    const indexed = await Promise.all(
      prefixes.map((p) => seekers.where('searchKeys').startsWith(p).limit(limit).toArray()),
    );
    const found = new Set(
      indexed
        .flat()
        .filter((r) => !r.deleted)
        .map((r) => r.id),
    );
    indexedMs.push(performance.now() - start);
    start = performance.now();
    const scanned = await seekers
      .filter((r) => !r.deleted && r.searchKeys.some((k) => prefixes.some((p) => k.startsWith(p))))
      .toArray();
    filterMs.push(performance.now() - start);
    if (found.size > 0 && scanned.length === 0) throw new Error(`The full scan found nobody for "${query}"`);
  }
  db.close();
  return { indexedMs, filterMs };
}
