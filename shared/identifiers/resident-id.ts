import { err, ok, type Result } from '../result';
import { PROVINCE_PREFIXES } from './area-code';

/**
 * Resident ID numbers (居民身份证号码, GB 11643-1999) and the 2023 foreign permanent-residence ID card.
 * See ../shared/reference/identifiers.md. Pure: `today` (YYYY-MM-DD) is passed in for the future-date check.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type IdKind = 'resident' | 'foreign-permanent';

export interface ResidentId {
  /** 18 characters, check character upper-case */
  readonly number: string;
  readonly kind: IdKind;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'male' | 'female';
  /** true when the input was a legacy 15-digit number, converted */
  readonly converted: boolean;
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days =
    [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** Converts a legacy 15-digit number: insert "19" before the 2-digit year and add the check character. */
export function convert15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6, 15)}`;
  return first17 + checkCharacter(first17);
}

export function parseResidentId(input: string, today: string): Result<ResidentId> {
  const raw = input.trim().toUpperCase();
  if (!/^\d{15}$/.test(raw) && !/^\d{17}[\dX]$/.test(raw)) {
    return err('residentId.format', 'An ID number has 18 characters (the last may be X) or 15 digits');
  }
  const converted = raw.length === 15;
  const number = converted ? convert15(raw) : raw;
  const kind: IdKind = number.startsWith('9') ? 'foreign-permanent' : 'resident';
  if (kind === 'resident' && !PROVINCE_PREFIXES.includes(number.slice(0, 2))) {
    return err('residentId.province', 'The first two digits are not a province code');
  }
  const y = Number(number.slice(6, 10));
  const m = Number(number.slice(10, 12));
  const d = Number(number.slice(12, 14));
  if (y < 1800 || !isRealDate(y, m, d)) return err('residentId.birthDate', 'Digits 7–14 are not a real date');
  const birthDate = `${number.slice(6, 10)}-${number.slice(10, 12)}-${number.slice(12, 14)}`;
  if (birthDate > today) return err('residentId.future', 'The birth date in the ID number is in the future');
  if (!converted && checkCharacter(number) !== number[17]) {
    return err('residentId.checksum', 'The last character does not match (a digit was probably mistyped)');
  }
  const sex = Number(number[16]) % 2 === 1 ? 'male' : 'female';
  return ok({ number, kind, birthDate, sex, converted });
}

/** 4101**********123X: the first four and last four characters. */
export function maskResidentId(id: string): string {
  return id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
