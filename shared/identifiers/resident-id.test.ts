import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { checkCharacter, convert15, maskResidentId, parseResidentId } from './resident-id';

const TODAY = '2026-11-25';

describe('resident ID numbers (GB 11643)', () => {
  it.each([
    ['11010519491231002X', '1949-12-31', 'female'],
    ['440524188001010014', '1880-01-01', 'male'],
  ])('accepts the worked example %s', (id, birthDate, sex) => {
    expect(parseResidentId(id, TODAY)).toMatchObject({
      ok: true,
      value: { number: id, birthDate, sex, kind: 'resident', converted: false },
    });
  });

  it('accepts a lowercase x and stores it upper-case', () => {
    expect(parseResidentId('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      value: { number: '11010519491231002X' },
    });
  });

  it('accepts a 2023 foreign permanent-residence ID as its own kind', () => {
    const first17 = '93115619850615001';
    expect(parseResidentId(first17 + checkCharacter(first17), TODAY)).toMatchObject({
      ok: true,
      value: { kind: 'foreign-permanent', birthDate: '1985-06-15', sex: 'male' },
    });
  });

  it('converts a legacy 15-digit number', () => {
    const r = parseResidentId('110105491231002', TODAY);
    expect(r).toMatchObject({
      ok: true,
      value: { number: '11010519491231002X', converted: true, birthDate: '1949-12-31' },
    });
    expect(convert15('110105491231002')).toBe('11010519491231002X');
  });

  it.each([
    ['11010519491231002', 'residentId.format'],
    ['1101051949123100222', 'residentId.format'],
    ['11010519491231002Y', 'residentId.format'],
    ['99010519491231002X', 'residentId.checksum'],
    ['00010519491231002X', 'residentId.province'],
    ['110105194902300021', 'residentId.birthDate'],
    ['110105203001010011', 'residentId.future'],
    ['110105194912310021', 'residentId.checksum'],
  ])('rejects %s with %s', (id, code) => {
    const r = parseResidentId(id, TODAY);
    expect(r.ok ? 'ok' : r.error.code).toBe(code);
  });

  it('accepts 29 February only in leap years', () => {
    const leap = '11010520000229001';
    expect(parseResidentId(leap + checkCharacter(leap), TODAY).ok).toBe(true);
    const notLeap = '11010519000229001';
    expect(parseResidentId(notLeap + checkCharacter(notLeap), TODAY)).toMatchObject({
      ok: false,
      error: { code: 'residentId.birthDate' },
    });
  });

  it('catches every single mistyped digit (property)', () => {
    const body = fc.tuple(
      fc.constantFrom('110105', '522626', '410105'),
      fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
      fc.integer({ min: 0, max: 999 }),
    );
    fc.assert(
      fc.property(
        body,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        ([area, date, seq], pos, delta) => {
          const first17 = `${area}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
          const id = first17 + checkCharacter(first17);
          expect(parseResidentId(id, TODAY).ok).toBe(true);
          const digit = (Number(id[pos]) + delta) % 10;
          const typo = id.slice(0, pos) + digit + id.slice(pos + 1);
          expect(parseResidentId(typo, TODAY).ok).toBe(false);
          // …and so does any other check character.
          for (const other of '0123456789X'.replace(id[17] ?? '', '')) {
            expect(parseResidentId(id.slice(0, 17) + other, TODAY).ok).toBe(false);
          }
        },
      ),
      propertyRuns(100),
    );
  });

  it('masks all but the first and last four characters', () => {
    expect(maskResidentId('41010519491231123X')).toBe('4101**********123X');
  });
});
