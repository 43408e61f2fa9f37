import type { LedgerFilter } from '../ledger-source';
import { byText, column, cond, joinWhereRead, ownValue, type Cond, type LedgerSpec } from '../ledger-sql';
import { word } from '../labels';

const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_MS = 8 * 60 * 60 * 1000;
/** The first millisecond of a Beijing day. */
const dayStart = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) - BEIJING_MS;

function found(filter: LedgerFilter): Cond[] {
  const out: Cond[] = [];
  if (filter.from) out.push(cond('d.found_at >= ?', dayStart(filter.from)));
  if (filter.to) out.push(cond('d.found_at < ?', dayStart(filter.to) + DAY_MS));
  return out;
}

/**
 * 重复人员: one row per pair of live seekers found sharing an ID number (the duplicate-person queue), with the
 * names and ids of the two stations that hold the records (resolving a pair names the station that keeps it).
 */
export const duplicatesLedger: LedgerSpec = {
  name: 'duplicates',
  titleZh: '重复人员',
  titleEn: 'Duplicate people',
  rowIsZh: '每行一对身份证号相同的求职登记',
  columns: [
    column('idNumber', '身份证号', 'ID number', 'id-number', 22, false),
    column('nameA', '姓名（甲）', 'Name (A)', 'text', 10),
    column('stationA', '登记站点（甲）', 'Station (A)', 'text', 20),
    column('stationAId', '站点编号（甲）', 'Station id (A)', 'text', 38, false),
    column('nameB', '姓名（乙）', 'Name (B)', 'text', 10),
    column('stationB', '登记站点（乙）', 'Station (B)', 'text', 20),
    column('stationBId', '站点编号（乙）', 'Station id (B)', 'text', 38, false),
    column('foundAt', '发现时间', 'Found', 'datetime', 18),
    column('status', '状态', 'Status', 'text', 10),
    column('pairId', '编号', 'Pair id', 'text', 38, false),
  ],
  own: { status: ['open', 'resolved'] },
  select: {
    idNumber: 'd.id_number',
    nameA: 'sa.name',
    stationA: 'ta.name',
    stationAId: 'd.station_a',
    nameB: 'sb.name',
    stationB: 'tb.name',
    stationBId: 'd.station_b',
    foundAt: 'd.found_at',
    status: "CASE WHEN d.resolved_at IS NULL THEN 'open' ELSE 'resolved' END",
    pairId: 'd.id',
  },
  order: { key: 'd.found_at', id: 'd.id', dir: 'asc' },
  pageById: true,
  plan(filter) {
    const status = ownValue(filter, 'status');
    const area = filter.area ? `${filter.area}%` : null;
    const people = joinWhereRead(
      'LEFT JOIN report_seekers sa ON sa.id = d.record_a LEFT JOIN report_seekers sb ON sb.id = d.record_b',
      Boolean(filter.q?.trim()),
    );
    const stations = joinWhereRead(
      'LEFT JOIN stations ta ON ta.id = d.station_a LEFT JOIN stations tb ON tb.id = d.station_b',
      area !== null,
    );
    return {
      from: `duplicates d ${people.from} ${stations.from}`,
      display: `${people.display} ${stations.display}`,
      where: [
        ...found(filter),
        ...(filter.station ? [cond('(d.station_a = ? OR d.station_b = ?)', filter.station, filter.station)] : []),
        ...(area ? [cond('(ta.area_code LIKE ? OR tb.area_code LIKE ?)', area, area)] : []),
        ...byText(filter, ['sa.name', 'sb.name'], ['d.id_number']),
        ...(status === 'open' ? [cond('d.resolved_at IS NULL')] : []),
        ...(status === 'resolved' ? [cond('d.resolved_at IS NOT NULL')] : []),
      ],
    };
  },
  words: (r) => ({ status: word('duplicateStatus', r.status) }),
};
