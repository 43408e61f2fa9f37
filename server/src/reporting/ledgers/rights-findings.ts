import { SEVERITIES } from '#shared/entities/stored-finding';
import {
  byArea,
  byStation,
  byText,
  column,
  cond,
  dateRange,
  filtersByAreaOrText,
  joinWhereRead,
  livePerson,
  ownValue,
  type LedgerSpec,
} from '../ledger-sql';
import { word } from '../labels';

/** Worst first. */
const SEVERITY_RANK = "CASE o.severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END";

/**
 * 用工问题台账: one row per open finding — one check of one active placement (by its visits) or one open
 * posting (by its stored pre-screen) that fails or warns; `from`/`to` on the day it has been open since.
 */
export const rightsFindingsLedger: LedgerSpec = {
  name: 'rights-findings',
  titleZh: '用工问题台账',
  titleEn: 'Open rights findings',
  rowIsZh: '每行一项未解决的用工问题（一个岗位或一名在岗人员的一项检查）',
  columns: [
    column('employer', '用人单位', 'Employer', 'text', 24),
    column('subject', '对象', 'Where found', 'text', 10),
    column('job', '岗位', 'Job', 'text', 20),
    column('check', '检查项', 'Check', 'text', 40, false),
    column('severity', '严重程度', 'Severity', 'text', 10),
    column('status', '结论', 'Result', 'text', 10),
    column('law', '法律依据', 'Law', 'text', 40, false),
    column('since', '发现日期', 'Open since', 'date', 12),
    column('lastOn', '最近检查', 'Last checked', 'date', 12),
    column('station', '站点', 'Station', 'text', 20),
  ],
  own: { severity: SEVERITIES },
  select: {
    employer: 'e.name',
    subject: 'o.subject_kind',
    job: 'j.title',
    check: 'o.check_zh',
    severity: SEVERITY_RANK,
    status: 'o.status',
    law: 'o.law_zh',
    since: 'o.since',
    lastOn: 'o.last_on',
    station: 'st.name',
  },
  order: { key: 'o.since', id: 'o.id', dir: 'asc' },
  pageById: true,
  plan(filter) {
    const severity = ownValue(filter, 'severity');
    const employer = joinWhereRead('LEFT JOIN report_employers e ON e.id = o.employer_id', filtersByAreaOrText(filter));
    return {
      from: `report_open_findings o ${employer.from}`,
      display: `${employer.display}
        LEFT JOIN report_placements p ON o.subject_kind = 'placement' AND p.id = o.subject_id
        LEFT JOIN report_jobs j ON j.id = COALESCE(p.job_id, CASE WHEN o.subject_kind = 'posting' THEN o.subject_id END)
        LEFT JOIN stations st ON st.id = o.station_id`,
      where: [
        livePerson('o.seeker_id'),
        ...dateRange('o.since', filter),
        ...byStation('o.station_id', filter),
        ...byArea('o.station_id', 'e.village_code', filter),
        ...byText(filter, ['e.name', 'o.check_zh'], []),
        ...(severity ? [cond('o.severity = ?', severity)] : []),
      ],
    };
  },
  words: (r) => ({
    subject: word('subjectKind', r.subject),
    severity: word('severity', SEVERITIES[Number(r.severity)]),
    status: word('findingStatus', r.status),
  }),
};
