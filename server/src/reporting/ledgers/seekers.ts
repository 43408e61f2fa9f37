import { GROUPS, SEEKER_STATUS } from '#shared/entities/seeker';
import type { LedgerFilter } from '../ledger-source';
import {
  byArea,
  byStation,
  byText,
  column,
  cond,
  dateRange,
  ownValue,
  whereClause,
  type Cond,
  type LedgerSpec,
} from '../ledger-sql';
import { word, words } from '../labels';

const FROM = 'report_seekers s';
const DISPLAY = 'LEFT JOIN stations st ON st.id = s.station_id';

/** The filter on the seekers of `alias` (registration date, station, area, text, status, group). */
function conditions(alias: string, filter: LedgerFilter): Cond[] {
  const status = ownValue(filter, 'status');
  const group = ownValue(filter, 'group');
  return [
    ...dateRange(`${alias}.registered_on`, filter),
    ...byStation(`${alias}.station_id`, filter),
    ...byArea(`${alias}.station_id`, `${alias}.village_code`, filter),
    ...byText(filter, [`${alias}.name`], [`${alias}.id_number`, `${alias}.phone`]),
    ...(status ? [cond(`${alias}.status = ?`, status)] : []),
    ...(group
      ? [
          cond(
            `EXISTS (SELECT 1 FROM report_seeker_groups g WHERE g.seeker_id = ${alias}.id AND g.group_code = ?)`,
            group,
          ),
        ]
      : []),
  ];
}

/**
 * 求职登记台账: one row per live seeker record; with `perPerson=1`, one per person (ID number): the person's
 * earliest registration the filter selects, so the rows are what the county-wide count counts.
 */
export const seekersLedger: LedgerSpec = {
  name: 'seekers',
  titleZh: '求职登记台账',
  titleEn: 'Job seekers',
  rowIsZh: '每行一条在册求职登记（同一人在两个服务站登记，就有两行）',
  columns: [
    column('name', '姓名', 'Name', 'text', 10),
    column('sex', '性别', 'Sex', 'text', 6),
    column('birthDate', '出生日期', 'Born', 'date', 12),
    column('idNumber', '身份证号', 'ID number', 'id-number', 22, false),
    column('phone', '手机号', 'Phone', 'phone', 14, false),
    column('villageCode', '村（社区）代码', 'Village code', 'text', 15),
    column('groups', '重点群体', 'Priority groups', 'text', 20, false),
    column('status', '求职状态', 'Status', 'text', 10),
    column('registeredOn', '登记日期', 'Registered', 'date', 12),
    column('station', '登记站点', 'Station', 'text', 20),
  ],
  own: { status: SEEKER_STATUS, group: GROUPS, perPerson: 'flag' },
  select: {
    name: 's.name',
    sex: 's.sex',
    birthDate: 's.birth_date',
    idNumber: 's.id_number',
    phone: 's.phone',
    villageCode: 's.village_code',
    groups: 's.groups_list',
    status: 's.status',
    registeredOn: 's.registered_on',
    station: 'st.name',
  },
  order: { key: 's.registered_on', id: 's.id', dir: 'desc' },
  pageById: true,
  plan(filter) {
    const where = conditions('s', filter);
    if (ownValue(filter, 'perPerson') === '1') {
      const inner = whereClause(conditions('s2', filter));
      where.push(
        cond(
          `s.id = (SELECT s2.id FROM report_seekers s2 ${inner.sql ? `${inner.sql} AND` : 'WHERE'} s2.person_key = s.person_key
             ORDER BY s2.registered_on, s2.id LIMIT 1)`,
          ...inner.params,
        ),
      );
    }
    return { from: FROM, display: DISPLAY, where };
  },
  // One row per person is one distinct ID number among the records the filter selects. A priority group's
  // people are counted from the groups table, which carries the seeker's columns these filters read.
  count(filter) {
    const what = ownValue(filter, 'perPerson') === '1' ? 'COUNT(DISTINCT s.person_key)' : 'COUNT(*)';
    const group = ownValue(filter, 'group');
    if (group && !filter.q && !ownValue(filter, 'status')) {
      const w = whereClause([
        cond('s.group_code = ?', group),
        ...dateRange('s.registered_on', filter),
        ...byStation('s.station_id', filter),
        ...byArea('s.station_id', 's.village_code', filter),
      ]);
      return { sql: `SELECT ${what} AS n FROM report_seeker_groups s ${w.sql}`, params: w.params };
    }
    const w = whereClause(conditions('s', filter));
    return { sql: `SELECT ${what} AS n FROM report_seekers s ${w.sql}`, params: w.params };
  },
  words: (r) => ({ sex: word('sex', r.sex), status: word('seekerStatus', r.status), groups: words('group', r.groups) }),
};
