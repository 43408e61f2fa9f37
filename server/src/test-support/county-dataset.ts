import { finding, type RecordWriter } from './record-mutations';

/** ID numbers of the dataset's people (the format the register checks; 王芳 is registered twice). */
export const IDS = {
  wangFang: '522626198503020021',
  liQiang: '522626199001150033',
  zhangMin: '522626197807080046',
  chenGang: '522626197001010017',
  zhaoLei: '522626199512120058',
} as const;

const subsidy = { programme: '职业技能提升补贴', minAttendanceRate: 0.8, warnAttendanceRate: 0.9, minClassHours: 16 };
const session = (id: string, date: string, hours = 4) => ({ id, date, part: 'morning', hours });

/**
 * A small county whose figures are worked out by hand (the console figures test): three stations, 王芳
 * registered at two of them, placements ended before and after their 3-month day, trainees on both sides of the
 * attendance threshold, a rights finding resolved by a later visit and one left open, a tombstoned person.
 * Today is 2026-12-01 (Beijing).
 */
export async function buildCountyDataset(w: RecordWriter) {
  const a = await w.station('幸福村就业服务站', '522626101');
  const b = await w.station('和平村就业服务站', '522626102');
  const c = await w.station('东风镇就业服务站', '522626201');

  // People
  const a1 = await w.seeker(a, '2026-09-10', {
    name: '王芳',
    idNumber: IDS.wangFang,
    phone: '13800138000',
    villageCode: '522626101203',
    groups: ['poverty-relief'],
    status: 'placed',
  });
  const b1 = await w.seeker(b, '2026-10-05', {
    name: '王芳',
    idNumber: IDS.wangFang,
    villageCode: '522626102201',
    groups: ['poverty-relief'],
  });
  const a2 = await w.seeker(a, '2026-11-03', {
    name: '李强',
    sex: 'male',
    idNumber: IDS.liQiang,
    villageCode: '522626101204',
    groups: ['returnee'],
  });
  const b2 = await w.seeker(b, '2026-07-20', { name: '张敏', idNumber: IDS.zhangMin, villageCode: '522626102202' });
  const c1 = await w.seeker(c, '2026-11-15', {
    name: '陈刚',
    sex: 'male',
    idNumber: IDS.chenGang,
    villageCode: '522626201201',
    groups: ['age-50-plus'],
    status: 'placed',
  });
  const c2 = await w.seeker(c, '2026-08-08', { name: '刘洋', idNumber: null, villageCode: '522626101205' });
  const a3 = await w.seeker(a, '2026-11-20', {
    name: '赵雷',
    sex: 'male',
    idNumber: IDS.zhaoLei,
    villageCode: '522626101206',
  });

  // Employers and postings (J1 open with a serious pre-screen finding; J3 closed, so its finding is not open)
  const e1 = await w.write(a, 'employers', {
    name: '幸福服装厂',
    kind: 'micro-factory',
    creditCode: null,
    villageCode: '522626101300',
  });
  const e2 = await w.write(c, 'employers', {
    name: '东风茶叶合作社',
    kind: 'cooperative',
    creditCode: null,
    villageCode: '522626201300',
  });
  const j1 = await w.write(a, 'jobs', {
    employerId: e1,
    title: '缝纫工',
    positions: 5,
    status: 'open',
    startDate: '2026-09-01',
    rightsFindings: [finding('forced.posting-deposit', 'fail', 'high')],
  });
  const j2 = await w.write(c, 'jobs', {
    employerId: e2,
    title: '采茶工',
    positions: 3,
    status: 'open',
    startDate: '2026-08-15',
    rightsFindings: [],
  });
  await w.write(b, 'jobs', {
    employerId: e1,
    title: '熨烫工',
    positions: 10,
    status: 'closed',
    startDate: '2026-07-01',
    rightsFindings: [finding('forced.posting-deposit', 'fail', 'critical')],
  });

  // Referrals and placements
  const p1 = await w.write(a, 'placements', {
    seekerId: a1,
    jobId: j1,
    employerId: e1,
    status: 'active',
    startDate: '2026-09-15',
    endDate: null,
  });
  await w.write(a, 'referrals', {
    seekerId: a1,
    jobId: j1,
    employerId: e1,
    status: 'hired',
    referredOn: '2026-09-12',
    placementId: p1,
    referredBy: '周干事',
  });
  await w.write(a, 'referrals', {
    seekerId: a2,
    jobId: j2,
    employerId: e2,
    status: 'not-hired',
    referredOn: '2026-11-05',
    outcomeReason: '路远',
    placementId: null,
    referredBy: '周干事',
  });
  const p3 = await w.write(c, 'placements', {
    seekerId: c1,
    jobId: j2,
    employerId: e2,
    status: 'active',
    startDate: '2026-11-18',
    endDate: null,
  });
  await w.write(c, 'referrals', {
    seekerId: c1,
    jobId: j2,
    employerId: e2,
    status: 'hired',
    referredOn: '2026-11-16',
    placementId: p3,
    referredBy: '吴干事',
  });
  const p4 = await w.write(b, 'placements', {
    seekerId: b2,
    jobId: j1,
    employerId: e1,
    status: 'ended',
    startDate: '2026-08-03',
    endDate: '2026-09-20',
  });
  const p5 = await w.write(c, 'placements', {
    seekerId: c2,
    jobId: j2,
    employerId: e2,
    status: 'ended',
    startDate: '2026-08-20',
    endDate: '2026-11-25',
  });
  await w.write(a, 'referrals', {
    seekerId: a3,
    jobId: j1,
    employerId: e1,
    status: 'referred',
    referredOn: '2026-11-21',
    placementId: null,
    referredBy: '周干事',
  });
  await w.write(a, 'placements', {
    seekerId: a2,
    jobId: j1,
    employerId: e1,
    status: 'active',
    startDate: '2026-11-24',
    endDate: null,
  });

  // Visits: P1's medium finding is resolved a month later, its low one stays open (not asked again)
  await w.visit(a, p1, 'week-1', '2026-09-22', [
    finding('contract.probation', 'fail', 'medium'),
    finding('pay.payslip', 'warn', 'low'),
  ]);
  await w.visit(a, p1, 'month-1', '2026-10-15', [
    finding('contract.probation', 'pass', 'medium'),
    finding('pay.payslip', 'unknown', 'low'),
  ]);
  await w.visit(b, p4, 'week-1', '2026-08-10', [finding('forced.papers-held', 'fail', 'critical')]);
  await w.visit(c, p5, 'week-1', '2026-08-27', []);
  await w.visit(c, p5, 'month-1', '2026-09-20', []);
  await w.visit(c, p5, 'month-3', '2026-11-20', []);

  // Training: K1 (subsidy, 5 × 4 h, 16 h and 80% to qualify), K2 (no subsidy), K3 (subsidy, still running)
  const k1 = await w.write(a, 'courses', {
    title: '家政服务培训班',
    status: 'finished',
    subsidy,
    sessions: ['02', '03', '04', '05', '06'].map((d, i) => session(`s${i + 1}`, `2026-11-${d}`)),
  });
  const k2 = await w.write(c, 'courses', {
    title: '茶叶加工培训班',
    status: 'finished',
    subsidy: null,
    sessions: [session('s1', '2026-11-10', 3), session('s2', '2026-11-11', 3)],
  });
  const k3 = await w.write(a, 'courses', {
    title: '电商直播培训班',
    status: 'open',
    subsidy,
    sessions: [session('s1', '2026-11-28'), session('s2', '2026-12-03')],
  });
  const enrol = (
    courseId: string,
    seekerId: string,
    status: string,
    completedOn: string | null,
    certificateSerial: string | null,
  ) =>
    w.write(a, 'enrolments', {
      courseId,
      seekerId,
      status,
      seat: null,
      requestedAt: 0,
      completedOn,
      certificateSerial,
      reason: '',
    });
  const n1 = await enrol(k1, a1, 'completed', '2026-11-07', 'ZS-001');
  const n2 = await enrol(k1, a2, 'completed', '2026-11-07', null);
  await enrol(k1, b1, 'waiting', null, null);
  await enrol(k1, b2, 'withdrawn', null, null);
  const n5 = await enrol(k1, c1, 'completed', '2026-11-07', 'ZS-003');
  const n8 = await enrol(k1, a3, 'completed', '2026-11-07', 'ZS-004');
  const n7 = await enrol(k3, a2, 'enrolled', null, null);
  const n6 = await w.write(c, 'enrolments', {
    courseId: k2,
    seekerId: c2,
    status: 'completed',
    seat: null,
    requestedAt: 0,
    completedOn: '2026-11-12',
    certificateSerial: 'ZS-002',
    reason: '',
  });
  const marks = async (s: typeof a, course: string, enrolment: string, list: string[]) => {
    for (const [i, m] of list.entries()) await w.mark(s, course, enrolment, `s${i + 1}`, m);
  };
  // 王芳: absent on s4 and s5 at first, corrected to present and late: the latest mark counts → 20 of 20 h
  await marks(a, k1, n1, ['present', 'late', 'present', 'absent', 'absent']);
  await w.mark(a, k1, n1, 's4', 'present');
  await w.mark(a, k1, n1, 's5', 'late');
  // 李强: two sessions excused → 12 of 20 h (60%): excused is not attendance
  await marks(a, k1, n2, ['present', 'excused', 'present', 'excused', 'present']);
  // 陈刚: exactly on the threshold → 16 of 20 h (80%), 16 h
  await marks(a, k1, n5, ['present', 'present', 'present', 'present', 'absent']);
  await marks(a, k1, n8, ['present', 'present', 'present', 'present', 'present']);
  await marks(c, k2, n6, ['present', 'present']);
  await marks(a, k3, n7, ['present']);

  // 赵雷 withdraws: tombstoned, he counts nowhere
  await w.remove(a, 'seekers', a3);
  return {
    stations: { a, b, c },
    seekers: { a1, b1, a2, b2, c1, c2, a3 },
    courses: { k1, k2, k3 },
    placements: { p1, p3, p4, p5 },
  };
}
