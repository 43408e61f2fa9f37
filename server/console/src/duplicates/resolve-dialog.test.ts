import { describe, expect, it } from 'vitest';
import { pairStations } from './resolve-dialog';

const STATIONS = [
  { stationId: 'st-a', name: '幸福村就业服务站', lastPushAt: null },
  { stationId: 'st-b', name: '新民村就业服务站', lastPushAt: null },
];

describe("a duplicate pair's stations", () => {
  it('takes the ids from the row when it has them, else finds the stations by name', () => {
    expect(pairStations({ stationA: '幸福村就业服务站', stationB: '新民村就业服务站' }, STATIONS)).toEqual([
      { id: 'st-a', name: '幸福村就业服务站' },
      { id: 'st-b', name: '新民村就业服务站' },
    ]);
    expect(pairStations({ stationA: '甲站', stationAId: 'x-1', stationB: '乙站', stationBId: 'x-2' }, [])).toEqual([
      { id: 'x-1', name: '甲站' },
      { id: 'x-2', name: '乙站' },
    ]);
  });

  it('offers a station only once, and none it cannot name', () => {
    expect(pairStations({ stationA: '幸福村就业服务站', stationB: '幸福村就业服务站' }, STATIONS)).toHaveLength(1);
    expect(pairStations({ stationA: '不认识的站', stationB: null }, STATIONS)).toEqual([]);
  });
});
