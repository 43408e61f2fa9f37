import { addDays } from '#shared/rights/dates';
import { VISIT_KINDS } from '#shared/entities/visit';
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
  whereClause,
  type Cond,
  type LedgerSpec,
} from '../ledger-sql';
import { word } from '../labels';

/** Scheduled visits come onto the list this many days before they are due. */
export const DUE_AHEAD_DAYS = 7;

const ROW = `row_id, station_id, seeker_id, placement_id, kind, due_on, visited_on, visit_status, row_on,
  open_findings, recorded_by`;

const DONE = `SELECT v.id, v.station_id, p.seeker_id, v.placement_id, v.kind, f.due_on, v.visited_on, 'done',
  v.visited_on, v.open_findings, v.recorded_by
  FROM report_visits v LEFT JOIN report_placements p ON p.id = v.placement_id
  LEFT JOIN report_follow_ups f ON f.id = v.placement_id || '/' || v.kind`;

/** Scheduled visits of active placements, not made, due before the day after the look-ahead. */
const PENDING = `SELECT f.id, f.station_id, f.seeker_id, f.placement_id, f.kind, f.due_on, NULL,
  CASE WHEN f.due_on < ? THEN 'overdue' ELSE 'due' END, f.due_on, NULL, NULL
  FROM report_follow_ups f WHERE f.active = 1 AND f.made = 0 AND f.due_on <= ?`;

function rows(filter: LedgerFilter, today: string): { sql: string; params: unknown[] } {
  const status = ownValue(filter, 'status');
  const pending = [today, addDays(today, DUE_AHEAD_DAYS)];
  if (status === 'done') return { sql: DONE, params: [] };
  if (status === 'due' || status === 'overdue') return { sql: PENDING, params: pending };
  return { sql: `${DONE} UNION ALL ${PENDING}`, params: pending };
}

/** The visits made that the filter selects, on `v` (report_visits). */
function doneConds(filter: LedgerFilter): Cond[] {
  const kind = ownValue(filter, 'kind');
  return [
    ...dateRange('v.visited_on', filter),
    ...byStation('v.station_id', filter),
    ...(kind ? [cond('v.kind = ?', kind)] : []),
  ];
}

/** The scheduled visits not made that the filter selects, on `f` (report_follow_ups). */
function pendingConds(filter: LedgerFilter, today: string): Cond[] {
  const status = ownValue(filter, 'status');
  const kind = ownValue(filter, 'kind');
  return [
    cond('f.active = 1 AND f.made = 0 AND f.due_on <= ?', addDays(today, DUE_AHEAD_DAYS)),
    ...(status === 'overdue' ? [cond('f.due_on < ?', today)] : status === 'due' ? [cond('f.due_on >= ?', today)] : []),
    livePerson('f.seeker_id'),
    ...dateRange('f.due_on', filter),
    ...byStation('f.station_id', filter),
    ...(kind ? [cond('f.kind = ?', kind)] : []),
  ];
}

/**
 * The rows of a filter that reads no seeker's columns, counted on the tables' own indexes: the visits made less
 * those of withdrawn people's placements, and the scheduled visits not made.
 */
function countRows(filter: LedgerFilter, today: string): { sql: string; params: unknown[] } | undefined {
  if (filter.area || filter.q?.trim()) return undefined;
  const status = ownValue(filter, 'status');
  const parts: { sql: string; params: unknown[] }[] = [];
  if (status === undefined || status === 'done') {
    const w = whereClause(doneConds(filter));
    const gone = whereClause([cond('p.seeker_id IN (SELECT id FROM report_withdrawn)'), ...doneConds(filter)]);
    parts.push({
      sql: `(SELECT COUNT(*) FROM report_visits v ${w.sql}) - (SELECT COUNT(*) FROM report_visits v
        JOIN report_placements p ON p.id = v.placement_id ${gone.sql})`,
      params: [...w.params, ...gone.params],
    });
  }
  if (status !== 'done') {
    const w = whereClause(pendingConds(filter, today));
    parts.push({ sql: `(SELECT COUNT(*) FROM report_follow_ups f ${w.sql})`, params: w.params });
  }
  return { sql: `SELECT ${parts.map((p) => p.sql).join(' + ')} AS n`, params: parts.flatMap((p) => p.params) };
}

/**
 * 上岗回访记录: one row per visit made, and one per scheduled visit (1 week, 1 month, 3 months) of an active
 * placement that is not made and is overdue or due within 7 days.
 */
export const visitsLedger: LedgerSpec = {
  name: 'visits',
  titleZh: '上岗回访记录',
  titleEn: 'Follow-up visits',
  rowIsZh: '每行一次回访，或一次到期（7天内）或逾期未做的计划回访',
  columns: [
    column('name', '姓名', 'Name', 'text', 10),
    column('idNumber', '身份证号', 'ID number', 'id-number', 22, false),
    column('employer', '用人单位', 'Employer', 'text', 24),
    column('job', '岗位', 'Job', 'text', 20),
    column('kind', '回访类型', 'Visit', 'text', 12),
    column('dueOn', '应访日期', 'Due', 'date', 12),
    column('visitedOn', '回访日期', 'Visited', 'date', 12),
    column('status', '状态', 'Status', 'text', 12),
    column('openFindings', '发现问题数', 'Problems found', 'number', 10),
    column('recordedBy', '回访人', 'Visited by', 'text', 12),
    column('station', '站点', 'Station', 'text', 20),
  ],
  own: { status: ['done', 'due', 'overdue'], kind: VISIT_KINDS },
  select: {
    name: 's.name',
    idNumber: 's.id_number',
    employer: 'e.name',
    job: 'j.title',
    kind: 'x.kind',
    dueOn: 'x.due_on',
    visitedOn: 'x.visited_on',
    status: 'x.visit_status',
    openFindings: 'x.open_findings',
    recordedBy: 'x.recorded_by',
    station: 'st.name',
  },
  order: { key: 'x.row_on', id: 'x.row_id', dir: 'desc' },
  plan(filter, { today, dialect }) {
    const source = rows(filter, today);
    const status = ownValue(filter, 'status');
    const kind = ownValue(filter, 'kind');
    const person = joinWhereRead('LEFT JOIN report_seekers s ON s.id = x.seeker_id', filtersByAreaOrText(filter));
    return {
      from: `${namedRows(dialect, 'x', ROW, source.sql)} ${person.from}`,
      display: `${person.display} LEFT JOIN report_placements p ON p.id = x.placement_id LEFT JOIN report_jobs j ON j.id = p.job_id
        LEFT JOIN report_employers e ON e.id = p.employer_id LEFT JOIN stations st ON st.id = x.station_id`,
      fromParams: source.params,
      where: [
        livePerson('x.seeker_id'),
        ...dateRange('x.row_on', filter),
        ...byStation('x.station_id', filter),
        ...byArea('x.station_id', 's.village_code', filter),
        ...byText(filter, ['s.name'], ['s.id_number']),
        ...(status && status !== 'done' ? [cond('x.visit_status = ?', status)] : []),
        ...(kind ? [cond('x.kind = ?', kind)] : []),
      ],
    };
  },
  count: (filter, { today }) => countRows(filter, today),
  words: (r) => ({ kind: word('visitKind', r.kind), status: word('visitStatus', r.status) }),
};
