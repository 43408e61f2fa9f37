import { describe, expect, it } from 'vitest';
import {
  buildGazetteer,
  commuteMinutes,
  greatCircleKm,
  kmToChord2,
  place,
  placeKm,
  reachKm,
  tripMinutes,
} from './commute';
import { DEFAULT_PARAMETERS } from './parameters';
import { makeVillage } from './synthetic';

const P = DEFAULT_PARAMETERS.commute;

describe('commute maths', () => {
  it.each([
    // [from, to, km]: reference distances
    ['one degree of latitude', [27, 108.8], [28, 108.8], 111.195],
    ['one degree of longitude at 27° N', [27, 108], [27, 109], 99.08],
    ['Beijing to Shanghai', [39.9042, 116.4074], [31.2304, 121.4737], 1067.3],
    ['the same point', [27.1, 108.7], [27.1, 108.7], 0],
  ] as const)('great-circle distance: %s', (_name, a, b, km) => {
    expect(greatCircleKm(a[0], a[1], b[0], b[1])).toBeCloseTo(km, 0);
    // the chord form used per pair is the same quantity
    expect(placeKm(place(a[0], a[1]), place(b[0], b[1]))).toBeCloseTo(greatCircleKm(a[0], a[1], b[0], b[1]), 6);
  });

  it.each([
    // [mode, great-circle km, minutes] = overhead + max(1, km) × 1.4 ÷ speed × 60
    ['walk', 3, 56],
    ['walk', 0, 18.667], // same village: counted as 1 km apart
    ['walk', 0.4, 18.667],
    ['bicycle', 5, 35],
    ['ebike', 3, 14],
    ['ebike', 10, 46.667],
    ['motorcycle', 10, 30],
    ['bus', 10, 57],
    ['car', 20, 51],
  ] as const)('%s, %s km → %s min', (mode, km, minutes) => {
    expect(tripMinutes(km, mode, P)).toBeCloseTo(minutes, 2);
  });

  it('reach is the inverse of trip minutes, and −1 when even the shortest trip is too long', () => {
    for (const mode of ['walk', 'ebike', 'bus', 'car'] as const) {
      for (const minutes of [25, 45, 90]) {
        const km = reachKm(minutes, mode, P);
        if (km > P.minimumKm) expect(tripMinutes(km, mode, P)).toBeCloseTo(minutes, 6);
      }
    }
    expect(reachKm(10, 'bus', P)).toBe(-1); // the bus overhead alone is 15 minutes
    expect(reachKm(0, 'walk', P)).toBe(-1);
    expect(reachKm(18, 'walk', P)).toBe(-1); // the 1-km minimum trip takes 18.7 minutes
    expect(reachKm(19, 'walk', P)).toBeCloseTo(1.018, 3);
    expect(kmToChord2(0)).toBe(0);
  });

  it('missing coordinates give null, never a number', () => {
    const here = place(27.1, 108.7);
    expect(commuteMinutes(null, here, 'walk', P)).toBeNull();
    expect(commuteMinutes(here, null, 'walk', P)).toBeNull();
    expect(commuteMinutes(here, place(27.1, 108.73), 'ebike', P)).toBeCloseTo(
      tripMinutes(greatCircleKm(27.1, 108.7, 27.1, 108.73), 'ebike', P),
      6,
    );
  });

  it('the gazetteer uses entries valid today, and a township for an unlisted village (marked approximate)', () => {
    const g = buildGazetteer(
      [
        makeVillage('522626101201', 27.1, 108.7),
        makeVillage('522626101', 27.2, 108.8),
        makeVillage('522626102201', 27.3, 108.9, { validTo: '2023-12-31' }),
        makeVillage('522626103201', 27.4, 108.9, { deleted: true }),
        makeVillage('522626104201', 27.5, 108.9, { validFrom: '2030-01-01' }),
      ],
      '2026-03-02',
    );
    expect(g.find('522626101201')).toMatchObject({ lat: 27.1, approximate: false });
    expect(g.find('522626101299')).toMatchObject({ lat: 27.2, approximate: true });
    expect(g.find('522626102201')).toBeNull();
    expect(g.find('522626103201')).toBeNull();
    expect(g.find('522626104201')).toBeNull();
    expect(g.find(null)).toBeNull();
  });
});
