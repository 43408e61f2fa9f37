import { describe, expect, it } from 'vitest';
import { stationsToCall } from './station-sync-card';

const station = (name: string, lastPushAt: number | null) => ({ stationId: name, name, lastPushAt });

describe('stationsToCall', () => {
  it('puts the stations that never synced first, then the longest silent, and keeps the list whole', () => {
    const given = [
      station('新民村', 3_000),
      station('幸福村', null),
      station('高坡村', 1_000),
      station('安顺村', null),
      station('红旗村', 2_000),
      station('白岩村', 1_000),
    ];
    const order = stationsToCall(given).map((s) => s.name);
    expect(order.slice(0, 2).sort()).toEqual(['安顺村', '幸福村']);
    expect(order.slice(2, 4).sort()).toEqual(['白岩村', '高坡村']);
    expect(order.slice(4)).toEqual(['红旗村', '新民村']);
    expect(given.map((s) => s.name)[0]).toBe('新民村');
  });
});
