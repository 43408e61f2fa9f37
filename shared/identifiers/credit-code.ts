import { err, ok, type Result } from '../result';

/** Unified social credit code (统一社会信用代码, GB 32100-2015). See ../shared/reference/identifiers.md. */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function creditCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  const check = 31 - (sum % 31);
  return ALPHABET[check === 31 ? 0 : check] ?? '';
}

export function parseCreditCode(input: string): Result<string> {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return err('creditCode.length', 'A credit code has 18 characters');
  if (![...code].every((c) => ALPHABET.includes(c))) {
    return err('creditCode.characters', 'A credit code uses digits and capital letters except I, O, Z, S and V');
  }
  if (creditCheckCharacter(code.slice(0, 17)) !== code[17]) {
    return err('creditCode.checksum', 'The last character does not match (a character was probably mistyped)');
  }
  return ok(code);
}
