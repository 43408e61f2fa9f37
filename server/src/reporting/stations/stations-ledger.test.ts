import { describe, expect, it } from 'vitest';
import type { StationHealth } from './station-health';
import { EMPTY_MONTH } from './station-month';
import { stationsLedger } from './stations-ledger';

const station = (id: string, name: string, areaCode: string, over: Partial<StationHealth> = {}): StationHealth => ({
  id,
  name,
  areaCode,
  createdAt: 1,
  enrolledAt: 2,
  lastPushAt: null,
  lastPullAt: null,
  clockSkewMs: null,
  appVersion: null,
  heldBack: 0,
  devices: [],
  silent: false,
  month: EMPTY_MONTH,
  ...over,
});

const months: (string | undefined)[] = [];
const ledger = stationsLedger(async (month) => {
  months.push(month);
  return [
    station('s1', '幸福村就业服务站', '522626101', {
      clockSkewMs: 150_000,
      appVersion: '0.1.0',
      silent: true,
      devices: [
        { id: 'd1', name: 'PC', enrolledAt: 1, lastUsedAt: 500, appVersion: '0.1.0' },
        { id: 'd2', name: 'PC2', enrolledAt: 1, lastUsedAt: 900, appVersion: null },
      ],
      month: { registrations: 4, referrals: 3, placements: 2, visits: 2, visitsOnTime: 1 },
    }),
    station('s2', '和平村就业服务站', '522626102'),
    station('s3', '东风镇就业服务站', '522626201'),
  ];
});

describe('站点台账', () => {
  it('has one row per station with its health, month and status', async () => {
    const rows = [];
    for await (const row of ledger.stream({ from: '2026-10-01', to: '2026-10-31' })) rows.push(row);
    expect(months.at(-1)).toBe('2026-10');
    expect(rows[0]).toMatchObject({
      name: '幸福村就业服务站',
      clockSkewMinutes: 3,
      devices: 2,
      lastDeviceUseAt: 900,
      appVersion: '0.1.0',
      registrations: 4,
      visitsOnTime: 1,
      status: '超过 7 天未同步',
    });
    expect(rows[1]).toMatchObject({ status: '正常', clockSkewMinutes: null, lastDeviceUseAt: null, appVersion: null });
  });

  it('filters by station, area and name, sorts and pages', async () => {
    expect((await ledger.page({ area: '5226261', page: 1, pageSize: 50 })).total).toBe(2);
    expect((await ledger.page({ q: '东风', page: 1, pageSize: 50 })).rows.map((r) => r.id)).toEqual(['s3']);
    expect((await ledger.page({ station: 's2', page: 1, pageSize: 50 })).rows.map((r) => r.id)).toEqual(['s2']);
    const sorted = await ledger.page({ sort: 'areaCode', order: 'desc', page: 1, pageSize: 2 });
    expect(sorted).toEqual({
      rows: [expect.objectContaining({ id: 's3' }), expect.objectContaining({ id: 's2' })],
      total: 3,
    });
  });
});
