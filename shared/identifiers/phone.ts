import { err, ok, type Result } from '../result';

/** Mobile numbers and landlines as people type them. See ../shared/reference/identifiers.md. */
export interface Phone {
  /** digits only, no country code; a landline keeps its leading 0 */
  readonly number: string;
  readonly kind: 'mobile' | 'landline';
}

export function parsePhone(input: string): Result<Phone> {
  let digits = input.trim().replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  if (!/^\d+$/.test(digits)) return err('phone.digits', 'A phone number has digits only');
  if (/^1[3-9]\d{9}$/.test(digits)) return ok({ number: digits, kind: 'mobile' });
  if (/^0\d{2,3}\d{7,8}$/.test(digits) && digits.length >= 10 && digits.length <= 12)
    return ok({ number: digits, kind: 'landline' });
  if (digits.startsWith('1')) return err('phone.mobile', 'A mobile number has 11 digits starting 13–19');
  return err('phone.format', 'Not a mobile number or a landline with its area code');
}

/** 138****5678 for mobiles; landlines keep the area code and the last four digits. */
export function maskPhone(number: string): string {
  if (number.length <= 4) return '*'.repeat(number.length);
  // Area codes 010 and 020–029 have three digits; all others four.
  const head = number.startsWith('0') ? number.slice(0, /^0[12]/.test(number) ? 3 : 4) : number.slice(0, 3);
  return `${head}${'*'.repeat(Math.max(0, number.length - head.length - 4))}${number.slice(-4)}`;
}
