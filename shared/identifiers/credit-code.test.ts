import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { creditCheckCharacter, parseCreditCode } from './credit-code';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('unified social credit code (GB 32100)', () => {
  it.each(['91350100M000100Y43', '91110000802100433B', '91350100m000100y43'])('accepts %s', (code) => {
    expect(parseCreditCode(code)).toEqual({ ok: true, value: code.toUpperCase() });
  });

  it.each([
    ['91350100M000100Y4', 'creditCode.length'],
    ['91350100M000100Y4I', 'creditCode.characters'],
    ['91350100M000100Y44', 'creditCode.checksum'],
  ])('rejects %s with %s', (code, expected) => {
    const r = parseCreditCode(code);
    expect(r.ok ? 'ok' : r.error.code).toBe(expected);
  });

  it('catches every single mistyped character (property)', () => {
    const symbol = fc.constantFrom(...ALPHABET);
    fc.assert(
      fc.property(
        fc.array(symbol, { minLength: 17, maxLength: 17 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 30 }),
        (chars, pos, shift) => {
          const first17 = chars.join('');
          const code = first17 + creditCheckCharacter(first17);
          expect(parseCreditCode(code).ok).toBe(true);
          const typo = ALPHABET[(ALPHABET.indexOf(code[pos]!) + shift) % 31]!;
          expect(parseCreditCode(code.slice(0, pos) + typo + code.slice(pos + 1)).ok).toBe(false);
          const otherCheck = ALPHABET[(ALPHABET.indexOf(code[17]!) + shift) % 31]!;
          expect(parseCreditCode(code.slice(0, 17) + otherCheck).ok).toBe(false);
        },
      ),
      propertyRuns(100),
    );
  });
});
