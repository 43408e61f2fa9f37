import { decodeHlc } from '#shared/sync/hlc';
import { liveDevices, type DeviceInfo } from '../../repositories/devices';
import { listStations } from '../../repositories/stations';
import type { Database, Row, Sql } from '../../store/sql';
import { monthAt } from '../monthly/months';
import { EMPTY_MONTH, stationMonths, type StationMonth } from './station-month';

/** A station that has neither pushed nor pulled for longer than this is flagged silent. */
export const SILENT_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export interface StationHealth {
  readonly id: string;
  readonly name: string;
  readonly areaCode: string;
  readonly createdAt: number;
  readonly enrolledAt: number | null;
  readonly lastPushAt: number | null;
  readonly lastPullAt: number | null;
  /**
   * How far the station's clock ran ahead of the server's (ms; negative: behind), as its changes show it: the
   * most a held change was ahead, else its newest change's clock against when the server received it (an
   * upper bound when that change waited offline). Null before its first change.
   */
  readonly clockSkewMs: number | null;
  /** The app version its most recently used device reported (null until one does). */
  readonly appVersion: string | null;
  /** Changes held back for a clock more than 5 minutes ahead (their station's, waiting or refused). */
  readonly heldBack: number;
  readonly devices: readonly Omit<DeviceInfo, 'stationId'>[];
  /** No push or pull (or, never synced, no enrolment) for more than 7 days. */
  readonly silent: boolean;
  readonly month: StationMonth;
}

async function skews(sql: Sql): Promise<Map<string, number>> {
  const newest = await sql.all<Row>(
    `SELECT m.owner_station_id AS station, m.hlc, m.received_at FROM mutations m
     WHERE m.seq IN (SELECT MAX(seq) FROM mutations GROUP BY owner_station_id)`,
  );
  const out = new Map<string, number>();
  for (const r of newest) {
    const hlc = decodeHlc(String(r.hlc));
    if (hlc.ok) out.set(String(r.station), hlc.value.ms - Number(r.received_at));
  }
  return out;
}

async function held(sql: Sql): Promise<Map<string, { count: number; aheadMs: number }>> {
  const rows = await sql.all<Row>(
    'SELECT station_id, COUNT(*) AS n, MAX(wall_ms - received_at) AS ahead FROM quarantine GROUP BY station_id',
  );
  return new Map(rows.map((r) => [String(r.station_id), { count: Number(r.n), aheadMs: Number(r.ahead) }]));
}

/** Every station's sync health and its month (`YYYY-MM`, this month in Beijing by default), oldest first. */
export function createStationHealth(db: Database, now: () => number) {
  return (month: string = monthAt(now())): Promise<StationHealth[]> =>
    db.transaction(async (sql) => {
      const [stations, devices, months, skew, quarantine] = [
        await listStations(sql),
        await liveDevices(sql),
        await stationMonths(sql, month),
        await skews(sql),
        await held(sql),
      ];
      const at = now();
      return stations.map((s) => {
        const lastSync = Math.max(s.lastPushAt ?? 0, s.lastPullAt ?? 0) || null;
        const heldBack = quarantine.get(s.id);
        const own = devices.filter((d) => d.stationId === s.id);
        const reporting = own.filter((d) => d.appVersion !== null);
        const latest = reporting.reduce<DeviceInfo | null>(
          (best, d) => (best === null || (d.lastUsedAt ?? 0) > (best.lastUsedAt ?? 0) ? d : best),
          null,
        );
        return {
          id: s.id,
          name: s.name,
          areaCode: s.areaCode,
          createdAt: s.createdAt,
          enrolledAt: s.enrolledAt,
          lastPushAt: s.lastPushAt,
          lastPullAt: s.lastPullAt,
          clockSkewMs: heldBack ? heldBack.aheadMs : (skew.get(s.id) ?? null),
          appVersion: latest?.appVersion ?? null,
          heldBack: heldBack?.count ?? 0,
          devices: own.map(({ stationId: _s, ...d }) => d),
          silent: at - (lastSync ?? s.enrolledAt ?? s.createdAt) > SILENT_AFTER_MS,
          month: months.get(s.id) ?? EMPTY_MONTH,
        };
      });
    });
}
