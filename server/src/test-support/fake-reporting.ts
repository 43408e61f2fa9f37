import {
  LEDGER_NAMES,
  type LedgerColumn,
  type LedgerFilter,
  type LedgerName,
  type LedgerRow,
  type LedgerSource,
  type Reporting,
  type SummaryFigures,
} from '../reporting/ledger-source';
import { ServiceError } from '../service-error';

/** The columns of the fake ledgers: one of each kind. */
export const FAKE_COLUMNS: readonly LedgerColumn[] = [
  { key: 'name', headerZh: '姓名', headerEn: 'Name', kind: 'text', width: 12, sortable: true },
  { key: 'idNumber', headerZh: '身份证号码', headerEn: 'ID number', kind: 'id-number', width: 22, sortable: false },
  { key: 'phone', headerZh: '手机号', headerEn: 'Phone', kind: 'phone', width: 14, sortable: false },
  { key: 'startDate', headerZh: '开始日期', headerEn: 'Start', kind: 'date', width: 12, sortable: true },
  { key: 'updatedAt', headerZh: '更新时间', headerEn: 'Updated', kind: 'datetime', width: 18, sortable: true },
  { key: 'hours', headerZh: '学时', headerEn: 'Hours', kind: 'number', width: 8, sortable: true },
  { key: 'rate', headerZh: '出勤率', headerEn: 'Attendance', kind: 'percent', width: 10, sortable: true },
];

export const TITLES: Record<LedgerName, string> = {
  seekers: '求职登记台账',
  jobs: '岗位台账',
  placements: '推荐就业台账',
  visits: '上岗回访记录',
  trainees: '培训花名册',
  'subsidy-claims': '培训补贴申领名单',
  'rights-findings': '用工问题台账',
  stations: '站点台账',
  duplicates: '重复人员',
};

/** Row `i` of a fake ledger: every kind filled, the ID number and phone full. */
export const fakeRow = (i: number): LedgerRow => ({
  name: i === 1 ? '张三, "小张"' : `求职者${i}`,
  idNumber: '522626199001010023',
  phone: '13812348000',
  startDate: '2026-11-03',
  updatedAt: Date.UTC(2026, 10, 3, 1, 30),
  hours: 32,
  rate: 0.875,
});

/** The ledger's own filters a fake ledger knows: `status`; any other is refused, as a real ledger does. */
function checkOwn(filter: LedgerFilter): void {
  const own = (filter as { own?: Readonly<Record<string, string>> }).own ?? {};
  for (const key of Object.keys(own))
    if (key !== 'status')
      throw new ServiceError(400, 'ledger.filter', `Unknown filter ${key}`, `没有这个筛选条件：${key}`);
}

/** A ledger over rows made on demand (so a large one never sits in memory); the filter only counts its rows. */
export function fakeLedger(
  name: LedgerName,
  count: number | ((filter: LedgerFilter) => number),
  row: (i: number) => LedgerRow = fakeRow,
  columns: readonly LedgerColumn[] = FAKE_COLUMNS,
): LedgerSource & { readonly filters: LedgerFilter[] } {
  const filters: LedgerFilter[] = [];
  const total = (filter: LedgerFilter) => (typeof count === 'number' ? count : count(filter));
  return {
    name,
    titleZh: TITLES[name],
    titleEn: name,
    rowIsZh: '一条记录',
    columns,
    filters,
    async page(query) {
      checkOwn(query);
      filters.push(query);
      const n = total(query);
      const first = (query.page - 1) * query.pageSize;
      const rows: LedgerRow[] = [];
      for (let i = first; i < Math.min(n, first + query.pageSize); i += 1) rows.push(row(i));
      return { rows, total: n };
    },
    async *stream(filter) {
      checkOwn(filter);
      filters.push(filter);
      const n = total(filter);
      for (let i = 0; i < n; i += 1) yield row(i);
    },
  };
}

export const fakeSummary = (filter: LedgerFilter): SummaryFigures => ({
  period: { from: filter.from ?? '2026-01-01', to: filter.to ?? '2026-12-31' },
  seekers: { registered: 120, byPriorityGroup: { 'poverty-alleviated': 30 }, active: 80 },
  referrals: { made: 40, hired: 12 },
  placements: { started: 11, retained3m: 7 },
  jobs: { open: 9, positions: 35 },
  training: { enrolments: 25, completions: 20, certificates: 15, subsidyEligible: 18 },
  rights: { openFindings: { critical: 1, high: 2, medium: 3, low: 0 } },
  followUps: { due: 5, overdue: 1 },
  stations: [{ stationId: 'st-1', name: '幸福村就业服务站', lastPushAt: Date.UTC(2026, 10, 28) }],
});

/** A reporting reader over fake ledgers of `rows` rows each (or as `count` says), recording the filters asked. */
export function fakeReporting(count: number | ((name: LedgerName, filter: LedgerFilter) => number) = 3) {
  const ledgers = new Map(
    LEDGER_NAMES.map((name) => [
      name,
      fakeLedger(name, typeof count === 'number' ? count : (filter) => count(name, filter)),
    ]),
  );
  const summaries: LedgerFilter[] = [];
  const reporting: Reporting = {
    async summary(filter) {
      summaries.push(filter);
      return fakeSummary(filter);
    },
    trend: async () => [],
    ledger: (name) => ledgers.get(name) ?? fakeLedger(name, 0),
  };
  return { reporting, ledgers, summaries };
}
