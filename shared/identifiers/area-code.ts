import { err, ok, type Result } from '../result';

/**
 * Administrative division codes (GB/T 2260 county, GB/T 10114 township, statistics-bureau village).
 * A station sits in a county (6 digits), a township (9) or a village (12). See ../shared/reference/identifiers.md.
 */
export const PROVINCE_PREFIXES: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82',
];

export type AreaLevel = 'county' | 'township' | 'village';

export interface AreaCode {
  readonly code: string;
  readonly level: AreaLevel;
  readonly province: string;
  readonly county: string;
}

const LEVEL_BY_LENGTH: Readonly<Record<number, AreaLevel>> = { 6: 'county', 9: 'township', 12: 'village' };

export function parseAreaCode(input: string): Result<AreaCode> {
  const code = input.trim();
  if (!/^\d+$/.test(code)) return err('areaCode.digits', 'An area code has digits only');
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level) return err('areaCode.length', 'An area code has 6, 9 or 12 digits');
  const province = code.slice(0, 2);
  if (!PROVINCE_PREFIXES.includes(province)) {
    return err('areaCode.province', `Unknown province prefix ${province}`, { province });
  }
  if (code.slice(4, 6) === '00') return err('areaCode.county', 'The county digits (5–6) cannot be 00');
  if (code.length >= 9) {
    const township = Number(code.slice(6, 9));
    if (township < 1 || township > 399) return err('areaCode.township', 'Township digits must be 001–399');
  }
  if (code.length === 12) {
    const village = Number(code.slice(9, 12));
    if (village < 1 || village > 399) return err('areaCode.village', 'Village digits must be 001–399');
  }
  return ok({ code, level, province, county: code.slice(0, 6) });
}
