import { ENROLMENT_STATUS } from '#shared/entities/enrolment';
import type { LedgerFilter } from '../ledger-source';
import {
  byArea,
  byStation,
  byText,
  column,
  cond,
  dateRange,
  joinWhereRead,
  livePerson,
  ownValue,
  filtersByAreaOrText,
  type Cond,
  type LedgerSpec,
} from '../ledger-sql';
import { word } from '../labels';

const ENROLMENTS = 'report_enrolments en JOIN report_courses c ON c.id = en.course_id';
const FIGURES = 'LEFT JOIN report_enrolment_figures f ON f.id = en.id';
const PERSON = 'LEFT JOIN report_seekers s ON s.id = en.seeker_id';
const STATION = 'LEFT JOIN stations st ON st.id = en.station_id';

/** Every session of the course is held on `today` (marked, or its day has come): its figures are final. */
const OVER = '(f.last_unmarked_on IS NULL OR f.last_unmarked_on <= :today)';

/** Enrolments taken up: enrolled or completed (not waiting, not withdrawn). */
export const TAKEN = "en.status IN ('enrolled', 'completed')";

const common = (filter: LedgerFilter): Cond[] => [
  livePerson('en.seeker_id'),
  ...byStation('en.station_id', filter),
  ...byArea('en.station_id', 's.village_code', filter),
  ...byText(filter, ['s.name', 'c.title'], ['s.id_number']),
  ...(ownValue(filter, 'course') ? [cond('en.course_id = ?', ownValue(filter, 'course'))] : []),
];

const COLUMNS = [
  column('name', '姓名', 'Name', 'text', 10),
  column('idNumber', '身份证号', 'ID number', 'id-number', 22, false),
  column('course', '培训班', 'Course', 'text', 24),
  column('firstSession', '开班日期', 'Starts', 'date', 12),
  column('lastSession', '结业日期', 'Ends', 'date', 12),
  column('attendedHours', '出勤课时', 'Hours attended', 'number', 10),
  column('plannedHours', '计划课时', 'Hours planned', 'number', 10),
  column('attendanceRate', '出勤率', 'Attendance', 'percent', 10),
  column('certificateSerial', '证书编号', 'Certificate', 'text', 20),
  column('eligibility', '补贴资格', 'Subsidy', 'text', 12),
];

const SELECT = {
  name: 's.name',
  idNumber: 's.id_number',
  course: 'c.title',
  firstSession: 'c.first_session',
  lastSession: 'c.last_session',
  attendedHours: 'f.attended_hours',
  plannedHours: 'f.planned_hours',
  attendanceRate: `CASE WHEN ${OVER} THEN f.rate END`,
  certificateSerial: 'en.certificate_serial',
  eligibility: `CASE WHEN c.subsidy_programme IS NULL THEN 'no-subsidy' WHEN ${OVER} THEN f.eligibility ELSE 'on-track' END`,
};

/**
 * 培训花名册: one row per enrolment. Attendance rate and subsidy verdict are the course's final figures
 * (every session held) once no unmarked session lies ahead; before that the verdict reads 进行中.
 */
export const traineesLedger: LedgerSpec = {
  name: 'trainees',
  titleZh: '培训花名册',
  titleEn: 'Trainees',
  rowIsZh: '每行一条报名（学员）',
  columns: [
    ...COLUMNS.slice(0, 5),
    column('status', '学员状态', 'Status', 'text', 10),
    column('completedOn', '结业日期（学员）', 'Completed', 'date', 14),
    ...COLUMNS.slice(5),
    column('station', '站点', 'Station', 'text', 20),
  ],
  own: { status: ['taken', ...ENROLMENT_STATUS], completed: 'flag', certificate: 'flag', course: 'id' },
  select: { ...SELECT, status: 'en.status', completedOn: 'en.completed_on', station: 'st.name' },
  order: { key: "COALESCE(c.first_session, '')", id: 'en.id', dir: 'desc' },
  pageById: true,
  plan(filter) {
    const status = ownValue(filter, 'status');
    const certificate = ownValue(filter, 'certificate') === '1';
    const completed = certificate || ownValue(filter, 'completed') === '1';
    const person = joinWhereRead(PERSON, filtersByAreaOrText(filter));
    return {
      from: `${ENROLMENTS} ${person.from}`,
      display: `${FIGURES} ${person.display} ${STATION}`,
      where: [
        ...common(filter),
        ...dateRange(completed ? 'en.completed_on' : 'c.first_session', filter),
        ...(status === 'taken' ? [cond(TAKEN)] : status ? [cond('en.status = ?', status)] : []),
        ...(completed ? [cond("en.status = 'completed'")] : []),
        ...(certificate ? [cond("en.certificate_serial IS NOT NULL AND en.certificate_serial <> ''")] : []),
      ],
    };
  },
  words: (r) => ({ status: word('enrolmentStatus', r.status), eligibility: word('eligibility', r.eligibility) }),
};

/**
 * 培训补贴申领名单: one row per trainee (taken up) of a course with a subsidy programme whose attendance meets
 * the course's thresholds by shared/training, every session held; `from`/`to` on the course's last session.
 */
export const subsidyClaimsLedger: LedgerSpec = {
  name: 'subsidy-claims',
  titleZh: '培训补贴申领名单',
  titleEn: 'Training subsidy claims',
  rowIsZh: '每行一名符合补贴条件的学员',
  columns: [
    ...COLUMNS.slice(0, 3),
    column('programme', '补贴项目', 'Programme', 'text', 20),
    ...COLUMNS.slice(3),
    column('station', '站点', 'Station', 'text', 20),
  ],
  own: { course: 'id' },
  select: { ...SELECT, programme: 'c.subsidy_programme', station: 'st.name' },
  order: { key: "COALESCE(c.last_session, '')", id: 'en.id', dir: 'desc' },
  pageById: true,
  plan(filter) {
    const person = joinWhereRead(PERSON, filtersByAreaOrText(filter));
    return {
      from: `${ENROLMENTS} ${FIGURES} ${person.from}`,
      display: `${person.display} ${STATION}`,
      where: [
        ...common(filter),
        ...dateRange('c.last_session', filter),
        cond(TAKEN),
        cond("c.subsidy_programme IS NOT NULL AND f.eligibility = 'eligible'"),
        cond(OVER),
      ],
    };
  },
  words: (r) => ({ eligibility: word('eligibility', r.eligibility) }),
};
