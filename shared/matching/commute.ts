import type { Village } from '../entities/village';
import type { MatchParameters, TransportMode } from './parameters';

/**
 * Commute minutes from gazetteer coordinates: great-circle distance × road factor ÷ the mode's speed, plus the
 * mode's fixed overhead (parameters.ts). A village is one point, so a distance under `minimumKm` counts as
 * `minimumKm`. Missing coordinates give `null` — "unknown" — never a guess.
 */
export interface Place {
  readonly lat: number;
  readonly lon: number;
  /** the point on the unit sphere, for distances without trigonometry per pair */
  readonly x: number;
  readonly y: number;
  readonly z: number;
  /** true when the village was not in the gazetteer and its township's point stood in */
  readonly approximate: boolean;
}

export interface Gazetteer {
  readonly find: (code: string | null) => Place | null;
}

const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius
const RAD = Math.PI / 180;

/** Haversine distance in km between two points given in degrees. */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A place from degrees. */
export function place(lat: number, lon: number, approximate = false): Place {
  const cl = Math.cos(lat * RAD);
  return { lat, lon, x: cl * Math.cos(lon * RAD), y: cl * Math.sin(lon * RAD), z: Math.sin(lat * RAD), approximate };
}

/** Squared chord between two places on the unit sphere: a monotone stand-in for their distance. */
export function chord2(a: Place, b: Place): number {
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  const dz = a.z - b.z;
  return dx * dx + dy * dy + dz * dz;
}

/** Great-circle km from the chord: the same quantity as the haversine, 2R·asin(chord ÷ 2). */
export function placeKm(a: Place, b: Place): number {
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(chord2(a, b)) / 2));
}

/** The squared chord of a great-circle distance of `km` (inverse of placeKm). */
export function kmToChord2(km: number): number {
  const c = 2 * Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM)));
  return c * c;
}

/** The longest great-circle km a trip by `mode` can cover within `minutes` (−1 when even the shortest trip is longer). */
export function reachKm(minutes: number, mode: TransportMode, p: MatchParameters['commute']): number {
  const m = p.modes[mode];
  const km = (((minutes - m.overheadMinutes) / 60) * m.kmh) / p.roadFactor;
  // under minimumKm even the shortest trip (which counts as minimumKm) takes longer than `minutes`
  return km < p.minimumKm ? -1 : km;
}

/** Minutes for a trip of `greatCircle` km by `mode`. */
export function tripMinutes(greatCircle: number, mode: TransportMode, p: MatchParameters['commute']): number {
  const m = p.modes[mode];
  const road = Math.max(p.minimumKm, greatCircle) * p.roadFactor;
  return m.overheadMinutes + (road / m.kmh) * 60;
}

/** Minutes between two places by `mode`, or null when either place is unknown. */
export function commuteMinutes(
  from: Place | null,
  to: Place | null,
  mode: TransportMode,
  p: MatchParameters['commute'],
): number | null {
  if (!from || !to) return null;
  return tripMinutes(placeKm(from, to), mode, p);
}

type GazetteerEntry = Pick<Village, 'code' | 'latitude' | 'longitude' | 'deleted' | 'validFrom' | 'validTo'>;

/**
 * A look-up over the gazetteer entries valid on `today`. A 12-digit village code missing from it falls back to
 * its 9-digit township's point, marked approximate.
 */
export function buildGazetteer(entries: readonly GazetteerEntry[], today: string): Gazetteer {
  const byCode = new Map<string, Place>();
  for (const e of entries) {
    if (e.deleted) continue;
    if (e.validFrom !== null && e.validFrom > today) continue;
    if (e.validTo !== null && e.validTo < today) continue;
    byCode.set(e.code, place(e.latitude, e.longitude));
  }
  return {
    find(code) {
      if (code === null) return null;
      const exact = byCode.get(code);
      if (exact) return exact;
      const township = code.length === 12 ? byCode.get(code.slice(0, 9)) : undefined;
      return township ? { ...township, approximate: true } : null;
    },
  };
}
