import type { Database } from '../../store/sql';

/**
 * The county's six-digit area code, as the server knows it from its stations: the code of a county office
 * (a station registered with six digits), else the first six digits all stations share; null when there are
 * no stations or they span counties.
 */
export async function countyAreaCode(db: Database): Promise<string | null> {
  const rows = await db.transaction((sql) => sql.all<{ area_code: unknown }>('SELECT area_code FROM stations'));
  const codes = rows.map((r) => String(r.area_code));
  const office = codes.find((c) => /^\d{6}$/.test(c));
  if (office) return office;
  const prefixes = new Set(codes.map((c) => c.slice(0, 6)));
  const [only] = prefixes;
  return prefixes.size === 1 && only !== undefined && /^\d{6}$/.test(only) ? only : null;
}

/** The area a file name says: the area filtered on, else the county, else 全县. */
export const fileArea = (area: string | undefined, county: string | null): string => area ?? county ?? '全县';
