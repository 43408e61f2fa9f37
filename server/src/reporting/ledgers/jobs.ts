import {
  byArea,
  byStation,
  byText,
  column,
  cond,
  dateRange,
  filtersByAreaOrText,
  joinWhereRead,
  ownValue,
  type LedgerSpec,
} from '../ledger-sql';
import { word } from '../labels';

/** 岗位台账: one row per live posting; `from`/`to` on its start date. */
export const jobsLedger: LedgerSpec = {
  name: 'jobs',
  titleZh: '岗位台账',
  titleEn: 'Job postings',
  rowIsZh: '每行一个岗位',
  columns: [
    column('title', '岗位名称', 'Title', 'text', 20),
    column('employer', '用人单位', 'Employer', 'text', 24),
    column('occupation', '工种', 'Occupation', 'text', 14),
    column('positions', '招聘人数', 'Positions', 'number', 10),
    column('payKind', '计薪方式', 'Pay', 'text', 10),
    column('payAmount', '薪酬（元）', 'Pay (yuan)', 'number', 12),
    column('contractKind', '用工形式', 'Contract', 'text', 12),
    column('startDate', '开始日期', 'Starts', 'date', 12),
    column('endDate', '截止日期', 'Ends', 'date', 12),
    column('status', '状态', 'Status', 'text', 8),
    column('station', '发布站点', 'Station', 'text', 20),
  ],
  own: { status: ['open', 'closed'] },
  select: {
    title: 'j.title',
    employer: 'e.name',
    occupation: 'j.occupation',
    positions: 'j.positions',
    payKind: 'j.pay_kind',
    payAmount: 'j.pay_amount',
    contractKind: 'j.contract_kind',
    startDate: 'j.start_date',
    endDate: 'j.end_date',
    status: 'j.status',
    station: 'st.name',
  },
  order: { key: "COALESCE(j.start_date, '')", id: 'j.id', dir: 'desc' },
  pageById: true,
  plan(filter) {
    const status = ownValue(filter, 'status');
    const employer = joinWhereRead('LEFT JOIN report_employers e ON e.id = j.employer_id', filtersByAreaOrText(filter));
    return {
      from: `report_jobs j ${employer.from}`,
      display: `${employer.display} LEFT JOIN stations st ON st.id = j.station_id`,
      where: [
        ...dateRange('j.start_date', filter),
        ...byStation('j.station_id', filter),
        ...byArea('j.station_id', 'e.village_code', filter),
        ...byText(filter, ['j.title', 'e.name'], []),
        ...(status ? [cond('j.status = ?', status)] : []),
      ],
    };
  },
  words: (r) => ({
    payKind: word('payKind', r.payKind),
    contractKind: word('contractKind', r.contractKind),
    status: word('jobStatus', r.status),
  }),
};
