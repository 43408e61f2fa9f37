/**
 * A synthetic county for the console's benchmark, as merged records (what the county holds after its stations
 * pushed): 300 stations, 200,000 seekers (5% of people registered at two stations, 1% withdrawn), 3,000
 * employers, 30,000 postings, 90,000 referrals, 60,000 placements, 100,000 visits, 1,000 courses of 10 sessions
 * with 20,000 enrolments and their 200,000 roll-call marks. Seeded, so every run builds the same county.
 */
import { GROUPS } from '#shared/entities/seeker';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { mulberry32, synthId } from '#shared/matching/synthetic';
import { visitSchedule } from '#shared/rights/follow-up';
import { addDays } from '#shared/rights/dates';
import { encodeHlc } from '#shared/sync/hlc';
import type { StoredRecord } from '#server/repositories/records';

export const SIZE = {
  stations: 300,
  seekers: 200_000,
  employers: 3_000,
  jobs: 30_000,
  referrals: 90_000,
  placements: 60_000,
  visits: 100_000,
  courses: 1_000,
  sessionsPerCourse: 10,
  enrolments: 20_000,
} as const;

/** The county's day the figures are taken on (10:00 in Beijing). */
export const NOW = Date.UTC(2026, 11, 1, 2);
/** Records are dated over the two years before it. */
const FIRST_DAY = '2024-12-01';
const DAYS = 730;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '秀英桂兰志强春花金凤建国丽娟明华玉梅小军海燕红霞德胜永红';
const CHECKS = [
  ['contract.probation', 'medium'],
  ['pay.payslip', 'low'],
  ['forced.posting-deposit', 'high'],
] as const;

export interface BenchStation {
  readonly id: string;
  readonly name: string;
  readonly areaCode: string;
}

/** 300 stations in 10 townships (`522626TTT`), ids `bench-station-NNN`. */
export function stations(): BenchStation[] {
  return Array.from({ length: SIZE.stations }, (_, i) => ({
    id: `bench-station-${String(i).padStart(3, '0')}`,
    name: `第${i + 1}村就业服务站`,
    areaCode: `522626${String(101 + (i % 10))}`,
  }));
}

const beijingNoon = (iso: string): number => Date.parse(`${iso}T04:00:00Z`);

export function residentId(birth: string, seq: number): string {
  const first17 = `522626${birth.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** Ids by kind: 1 seekers, 2 employers, 3 jobs, 4 referrals, 5 placements, 6 visits, 7 courses, 8 enrolments, 9 marks. */
export const idOf = synthId;

/** The records of the county, table by table, in batches of `batch`. */
export function* countyRecords(batch: number): Generator<StoredRecord[]> {
  const rnd = mulberry32(2026);
  const int = (n: number) => Math.floor(rnd() * n);
  const day = () => addDays(FIRST_DAY, int(DAYS));
  const all = stations();
  const stationOf = (n: number) => all[n % all.length] as BenchStation;
  let clock = 0;
  const record = (table: string, recordId: string, owner: string, fields: Record<string, unknown>): StoredRecord => {
    const values: Record<string, unknown> = {
      id: recordId,
      stationId: owner,
      createdAt: NOW - 86_400_000,
      deleted: false,
      ...fields,
    };
    const stamp = {
      hlc: encodeHlc({ ms: NOW - 1_000_000_000 + (clock += 1), counter: 0, node: 'bench' }),
      mutationId: recordId,
    };
    return {
      table,
      recordId,
      owner,
      state: { values, stamps: Object.fromEntries(Object.keys(values).map((f) => [f, stamp])) },
      idNumber: table === 'seekers' && typeof values.idNumber === 'string' ? values.idNumber : null,
      deleted: values.deleted === true,
    };
  };
  let out: StoredRecord[] = [];
  const emit = function* (r: StoredRecord): Generator<StoredRecord[]> {
    out.push(r);
    if (out.length >= batch) {
      yield out;
      out = [];
    }
  };

  // Seekers: the last 5% repeat an earlier person's ID number at another station.
  const people = Math.floor(SIZE.seekers * 0.95);
  const placementSeekers: string[] = [];
  for (let n = 0; n < SIZE.seekers; n += 1) {
    const person = n < people ? n : int(people);
    // one ID number per person: a birth day among 16,000 and a sequence number
    const birth = addDays('1960-01-01', person % 16_000);
    const station = stationOf(n < people ? n : n + 7);
    const groups = GROUPS.filter(() => rnd() < 0.08);
    const registered = day();
    const id = idOf(1, n);
    const withdrawn = n % 100 === 99;
    if (!withdrawn && placementSeekers.length < SIZE.placements * 2) placementSeekers.push(id);
    yield* emit(
      record('seekers', id, station.id, {
        name: `${SURNAMES[person % SURNAMES.length]}${GIVEN[(person * 7) % GIVEN.length]}${GIVEN[(person * 3) % GIVEN.length]}`,
        sex: person % 2 ? 'male' : 'female',
        birthDate: birth,
        idNumber: residentId(birth, Math.floor(person / 16_000)),
        phone: `138${String(10_000_000 + person).slice(-8)}`,
        villageCode: `${station.areaCode}${String(200 + (n % 20))}`,
        education: 'junior',
        groups,
        status: ['active', 'active', 'placed', 'inactive'][int(4)],
        consent: { date: registered, matching: true, county: true, recordedBy: '周干事', withdrawnOn: null },
        createdAt: beijingNoon(registered),
        deleted: withdrawn,
      }),
    );
  }
  for (let n = 0; n < SIZE.employers; n += 1) {
    const station = stationOf(n);
    yield* emit(
      record('employers', idOf(2, n), station.id, {
        name: `第${n + 1}号用人单位有限公司`,
        kind: 'micro-factory',
        creditCode: null,
        villageCode: `${station.areaCode}${String(200 + (n % 20))}`,
      }),
    );
  }
  for (let n = 0; n < SIZE.jobs; n += 1) {
    const check = CHECKS[n % CHECKS.length] ?? CHECKS[0];
    const start = day();
    yield* emit(
      record('jobs', idOf(3, n), stationOf(n).id, {
        employerId: idOf(2, n % SIZE.employers),
        title: `岗位${n}`,
        occupation: 'sewing-machine',
        positions: 1 + int(10),
        startDate: start,
        endDate: addDays(start, 90),
        status: rnd() < 0.4 ? 'open' : 'closed',
        pay: { kind: 'monthly', amount: 2500 + int(3000) },
        contractKind: 'labour',
        createdAt: beijingNoon(start),
        rightsFindings:
          n % 10 === 0 ? [{ checkId: check[0], status: 'fail', severity: check[1], reason: 'x', params: {} }] : [],
      }),
    );
  }
  // Placements (the first 50,000 come from a referral that ended in a hire), then the referrals.
  const placementStart: string[] = [];
  for (let n = 0; n < SIZE.placements; n += 1) {
    const start = day();
    placementStart.push(start);
    const ended = rnd() < 0.3;
    yield* emit(
      record('placements', idOf(5, n), stationOf(n).id, {
        seekerId: placementSeekers[n] ?? idOf(1, n),
        jobId: idOf(3, n % SIZE.jobs),
        employerId: idOf(2, n % SIZE.employers),
        status: ended ? 'ended' : 'active',
        startDate: start,
        endDate: ended ? addDays(start, 20 + int(200)) : null,
        contractKind: 'labour',
        contractStatus: 'signed',
        socialInsuranceStatus: 'registered',
      }),
    );
  }
  for (let n = 0; n < SIZE.referrals; n += 1) {
    const hired = n < 50_000;
    const on = hired ? addDays(placementStart[n] ?? FIRST_DAY, -7) : day();
    yield* emit(
      record('referrals', idOf(4, n), stationOf(n).id, {
        seekerId: hired ? (placementSeekers[n] ?? idOf(1, n)) : (placementSeekers[n % placementSeekers.length] ?? ''),
        jobId: idOf(3, n % SIZE.jobs),
        employerId: idOf(2, n % SIZE.employers),
        status: hired ? 'hired' : ['referred', 'interviewed', 'not-hired'][int(3)],
        referredOn: on,
        interviewOn: null,
        placementId: hired ? idOf(5, n) : null,
        referredBy: '周干事',
        createdAt: beijingNoon(on),
      }),
    );
  }
  for (let n = 0; n < SIZE.visits; n += 1) {
    const p = n % SIZE.placements;
    const due = visitSchedule(placementStart[p] ?? FIRST_DAY)[Math.floor(n / SIZE.placements)];
    const visitedOn = due ? due.due : addDays(placementStart[p] ?? FIRST_DAY, 120);
    if (visitedOn > '2026-11-30') continue;
    const check = CHECKS[n % CHECKS.length] ?? CHECKS[0];
    yield* emit(
      record('visits', idOf(6, n), stationOf(p).id, {
        placementId: idOf(5, p),
        kind: due?.kind ?? 'extra',
        visitedOn,
        recordedBy: '周干事',
        answers: [],
        note: '',
        createdAt: beijingNoon(visitedOn),
        findings:
          n % 7 === 0
            ? [{ checkId: check[0], status: n % 2 ? 'fail' : 'warn', severity: check[1], reason: 'x', params: {} }]
            : [],
      }),
    );
  }
  const perCourse = SIZE.enrolments / SIZE.courses;
  for (let c = 0; c < SIZE.courses; c += 1) {
    const first = day();
    const sessions = Array.from({ length: SIZE.sessionsPerCourse }, (_, s) => ({
      id: `s${s}`,
      date: addDays(first, s * 3),
      part: 'morning',
      hours: 4,
    }));
    const station = stationOf(c);
    yield* emit(
      record('courses', idOf(7, c), station.id, {
        title: `第${c + 1}期缝纫工培训班`,
        skillCode: 'sewing-machine',
        certificateKind: 'completion',
        certificateName: '结业证书',
        status: 'finished',
        sessions,
        subsidy:
          c % 2 === 0
            ? { programme: '职业技能培训补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.85, minClassHours: 32 }
            : null,
        capacity: perCourse,
        trainerName: '李老师',
        createdAt: beijingNoon(first),
      }),
    );
    for (let e = 0; e < perCourse; e += 1) {
      const n = c * perCourse + e;
      const last = sessions.at(-1)?.date ?? first;
      const done = last <= '2026-11-30';
      yield* emit(
        record('enrolments', idOf(8, n), station.id, {
          courseId: idOf(7, c),
          seekerId: placementSeekers[(n * 13) % placementSeekers.length] ?? idOf(1, n),
          status: e === perCourse - 1 ? 'withdrawn' : done && e % 5 !== 0 ? 'completed' : 'enrolled',
          seat: e + 1,
          certificateSerial: done && e % 3 === 0 ? `CERT-${n}` : null,
          completedOn: done && e % 5 !== 0 ? last : null,
          requestedAt: beijingNoon(first),
        }),
      );
      for (const s of sessions) {
        if (s.date > '2026-11-30') continue;
        const m = int(10);
        yield* emit(
          record('attendance', idOf(9, n * SIZE.sessionsPerCourse + Number(s.id.slice(1))), station.id, {
            courseId: idOf(7, c),
            sessionId: s.id,
            enrolmentId: idOf(8, n),
            mark: m < 7 ? 'present' : m < 8 ? 'late' : m < 9 ? 'absent' : 'excused',
            method: 'roll-call',
            signedAt: null,
            recordedBy: null,
            corrects: null,
            reason: null,
          }),
        );
      }
    }
  }
  if (out.length > 0) yield out;
}
