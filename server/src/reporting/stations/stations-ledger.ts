import type { LedgerColumn, LedgerFilter, LedgerRow, LedgerSource } from '../ledger-source';
import type { StationHealth } from './station-health';

const col = (key: string, headerZh: string, headerEn: string, kind: LedgerColumn['kind'], width: number) => ({
  key,
  headerZh,
  headerEn,
  kind,
  width,
  sortable: true,
});

export const STATION_COLUMNS: readonly LedgerColumn[] = [
  col('name', '站点', 'Station', 'text', 24),
  col('areaCode', '地区代码', 'Area code', 'text', 14),
  col('lastPushAt', '最后上传', 'Last push', 'datetime', 18),
  col('lastPullAt', '最后下载', 'Last pull', 'datetime', 18),
  col('clockSkewMinutes', '时钟偏差（分钟）', 'Clock skew (min)', 'number', 14),
  col('heldBack', '暂缓的更改', 'Held back', 'number', 10),
  col('devices', '设备数', 'Devices', 'number', 8),
  col('lastDeviceUseAt', '设备最近使用', 'Device last used', 'datetime', 18),
  col('appVersion', '软件版本', 'App version', 'text', 12),
  col('registrations', '本月登记', 'Registered', 'number', 10),
  col('referrals', '本月推荐', 'Referrals', 'number', 10),
  col('placements', '本月上岗', 'Placements', 'number', 10),
  col('visits', '本月回访', 'Visits', 'number', 10),
  col('visitsOnTime', '按时回访', 'On time', 'number', 10),
  col('status', '状态', 'Status', 'text', 16),
  col('id', '站点编号', 'Station id', 'text', 38),
];

export function stationRow(s: StationHealth): LedgerRow {
  const lastUse = Math.max(0, ...s.devices.map((d) => d.lastUsedAt ?? 0));
  return {
    id: s.id,
    name: s.name,
    areaCode: s.areaCode,
    lastPushAt: s.lastPushAt,
    lastPullAt: s.lastPullAt,
    clockSkewMinutes: s.clockSkewMs === null ? null : Math.round(s.clockSkewMs / 60_000),
    heldBack: s.heldBack,
    devices: s.devices.length,
    lastDeviceUseAt: lastUse || null,
    appVersion: s.appVersion,
    registrations: s.month.registrations,
    referrals: s.month.referrals,
    placements: s.month.placements,
    visits: s.month.visits,
    visitsOnTime: s.month.visitsOnTime,
    status: s.silent ? '超过 7 天未同步' : '正常',
  };
}

function matches(s: StationHealth, filter: LedgerFilter): boolean {
  if (filter.station && s.id !== filter.station) return false;
  if (filter.area && !s.areaCode.startsWith(filter.area)) return false;
  if (filter.q && !s.name.includes(filter.q)) return false;
  return true;
}

const compare = (a: LedgerRow, b: LedgerRow, key: string): number => {
  const x = a[key] ?? null;
  const y = b[key] ?? null;
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
};

/**
 * 站点台账: one row per station, its sync health and its month — the month of `from` (this month without it).
 * A county has a few hundred stations at most: the rows are read whole and sorted and paged here.
 */
export function stationsLedger(health: (month?: string) => Promise<StationHealth[]>): LedgerSource {
  const rows = async (filter: LedgerFilter): Promise<LedgerRow[]> =>
    (await health(filter.from?.slice(0, 7))).filter((s) => matches(s, filter)).map(stationRow);
  return {
    name: 'stations',
    titleZh: '站点台账',
    titleEn: 'Stations',
    rowIsZh: '每行一个站点（同步情况和当月工作量）',
    columns: STATION_COLUMNS,
    async page(query) {
      const all = await rows(query);
      const key = STATION_COLUMNS.some((c) => c.key === query.sort) ? (query.sort ?? 'name') : null;
      if (key) all.sort((a, b) => compare(a, b, key) * (query.order === 'desc' ? -1 : 1));
      const first = (query.page - 1) * query.pageSize;
      return { rows: all.slice(first, first + query.pageSize), total: all.length };
    },
    async *stream(filter) {
      yield* await rows(filter);
    },
  };
}
