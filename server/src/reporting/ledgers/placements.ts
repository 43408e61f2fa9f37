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
  namedRows,
  ownValue,
  filtersByAreaOrText,
  type LedgerSpec,
} from '../ledger-sql';
import { word } from '../labels';

const ROW = `row_id, station_id, seeker_id, job_id, employer_id, referral_status, referred_on, row_on, placement_id,
  placement_status, start_date, end_date, retention_day`;

const REFERRALS = `SELECT r.id, r.station_id, r.seeker_id, COALESCE(p.job_id, r.job_id), COALESCE(p.employer_id, r.employer_id),
  r.status, r.referred_on, r.dated_on, p.id, p.status, p.start_date, p.end_date, p.retention_day
  FROM report_referrals r LEFT JOIN report_placements p ON p.id = r.placement_id`;

const PLACEMENTS = `SELECT COALESCE(r.id, p.id), p.station_id, p.seeker_id, p.job_id, p.employer_id, r.status, r.referred_on,
  p.start_date, p.id, p.status, p.start_date, p.end_date, p.retention_day
  FROM report_placements p LEFT JOIN report_referrals r ON r.placement_id = p.id`;

const UNREFERRED = `SELECT p.id, p.station_id, p.seeker_id, p.job_id, p.employer_id, NULL, NULL, p.start_date, p.id, p.status,
  p.start_date, p.end_date, p.retention_day
  FROM report_placements p WHERE NOT EXISTS (SELECT 1 FROM report_referrals r WHERE r.placement_id = p.id)`;

type Only = 'referrals' | 'placements' | 'all';

function only(filter: LedgerFilter): Only {
  const asked = ownValue(filter, 'only');
  if (asked === 'referrals' || asked === 'placements') return asked;
  if (ownValue(filter, 'retained3m') === '1' || ownValue(filter, 'status')) return 'placements';
  return ownValue(filter, 'hired') === '1' ? 'referrals' : 'all';
}

const ROWS: Readonly<Record<Only, string>> = {
  referrals: REFERRALS,
  placements: PLACEMENTS,
  all: `${REFERRALS} UNION ALL ${UNREFERRED}`,
};

/** Still in work on the day three months after the start: active, or ended on or after that day. */
export const RETAINED_3M = "(x.placement_status = 'active' OR x.end_date >= x.retention_day)";

/**
 * 推荐就业台账: one row per referral (with its placement when it ended in a hire), and one per placement made
 * without a referral. `only=referrals` dates rows by the referral, `only=placements` by the start of work.
 */
export const placementsLedger: LedgerSpec = {
  name: 'placements',
  titleZh: '推荐就业台账',
  titleEn: 'Referrals and placements',
  rowIsZh: '每行一次推荐（录用的连同其上岗记录），或一条未经推荐的上岗记录',
  columns: [
    column('name', '姓名', 'Name', 'text', 10),
    column('idNumber', '身份证号', 'ID number', 'id-number', 22, false),
    column('job', '岗位', 'Job', 'text', 20),
    column('employer', '用人单位', 'Employer', 'text', 24),
    column('referredOn', '推荐日期', 'Referred', 'date', 12),
    column('referralStatus', '推荐结果', 'Outcome', 'text', 10),
    column('startDate', '上岗日期', 'Started', 'date', 12),
    column('endDate', '离岗日期', 'Ended', 'date', 12),
    column('placementStatus', '在岗状态', 'In work', 'text', 10),
    column('retained3m', '满3个月在岗', 'In work at 3 months', 'text', 12, false),
    column('station', '站点', 'Station', 'text', 20),
  ],
  own: {
    only: ['referrals', 'placements'],
    hired: 'flag',
    retained3m: 'flag',
    status: ['active', 'ended'],
  },
  select: {
    name: 's.name',
    idNumber: 's.id_number',
    job: 'j.title',
    employer: 'e.name',
    referredOn: 'x.referred_on',
    referralStatus: 'x.referral_status',
    startDate: 'x.start_date',
    endDate: 'x.end_date',
    placementStatus: 'x.placement_status',
    retained3m: `CASE WHEN x.placement_id IS NULL THEN NULL WHEN ${RETAINED_3M} THEN '1' ELSE '0' END`,
    station: 'st.name',
  },
  order: { key: 'x.row_on', id: 'x.row_id', dir: 'desc' },
  plan(filter, { dialect }) {
    const rows = only(filter);
    const dated = rows === 'referrals' ? 'x.referred_on' : rows === 'placements' ? 'x.start_date' : 'x.row_on';
    const status = ownValue(filter, 'status');
    const person = joinWhereRead('LEFT JOIN report_seekers s ON s.id = x.seeker_id', filtersByAreaOrText(filter));
    return {
      from: `${namedRows(dialect, 'x', ROW, ROWS[rows])} ${person.from}`,
      display: `${person.display} LEFT JOIN report_jobs j ON j.id = x.job_id
        LEFT JOIN report_employers e ON e.id = x.employer_id LEFT JOIN stations st ON st.id = x.station_id`,
      where: [
        livePerson('x.seeker_id'),
        ...dateRange(dated, filter),
        ...byStation('x.station_id', filter),
        ...byArea('x.station_id', 's.village_code', filter),
        ...byText(filter, ['s.name'], ['s.id_number']),
        ...(ownValue(filter, 'hired') === '1' ? [cond("x.referral_status = 'hired'")] : []),
        ...(ownValue(filter, 'retained3m') === '1' ? [cond(RETAINED_3M)] : []),
        ...(status ? [cond('x.placement_status = ?', status)] : []),
      ],
    };
  },
  words: (r) => ({
    referralStatus: word('referralStatus', r.referralStatus),
    placementStatus: word('placementStatus', r.placementStatus),
    retained3m: word('yesNo', r.retained3m),
  }),
};
