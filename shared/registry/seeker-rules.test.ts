import { describe, expect, it } from 'vitest';
import { ageOn, checkSeeker, duplicateVerdict, type SeekerDraft } from './seeker-rules';

const TODAY = '2026-11-25';
const consent = { date: '2026-11-20', matching: true, county: true, recordedBy: 's1', withdrawnOn: null };
const draft: SeekerDraft = {
  name: '王芳',
  sex: 'female',
  birthDate: '1949-12-31',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  consent,
};

describe('seeker rules', () => {
  it('accepts a consistent seeker', () => {
    expect(checkSeeker(draft, TODAY)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a birth date or consent date in the future, and a record without consent to matching', () => {
    const r = checkSeeker(
      {
        ...draft,
        idNumber: null,
        birthDate: '2027-01-01',
        consent: { ...consent, date: '2026-11-26', matching: false },
      },
      TODAY,
    );
    expect(r.errors.map((e) => e.code).sort()).toEqual(['consent.matching', 'date.future', 'date.future']);
  });

  it('warns when the typed birth date or sex disagree with the ID number', () => {
    const r = checkSeeker({ ...draft, birthDate: '1950-01-01', sex: 'male' }, TODAY);
    expect(r.warnings).toEqual([
      { field: 'birthDate', code: 'residentId.birthDateDiffers' },
      { field: 'sex', code: 'residentId.sexDiffers' },
    ]);
  });

  it('refuses an ID number with a wrong check character', () => {
    expect(checkSeeker({ ...draft, idNumber: '110105194912310021' }, TODAY).errors).toEqual([
      { field: 'idNumber', code: 'residentId.checksum' },
    ]);
  });

  it('blocks the same ID number, warns on phone or name and birth date, ignores the record itself', () => {
    const none = { sameIdNumber: [], samePhone: [], sameNameAndBirthDate: [] };
    expect(duplicateVerdict('me', none)).toEqual({ kind: 'none' });
    expect(duplicateVerdict('me', { ...none, sameIdNumber: ['me'] })).toEqual({ kind: 'none' });
    expect(duplicateVerdict('me', { ...none, sameIdNumber: ['a'], samePhone: ['b'] })).toEqual({
      kind: 'block',
      existingId: 'a',
    });
    expect(duplicateVerdict('me', { ...none, samePhone: ['b'], sameNameAndBirthDate: ['b', 'c'] })).toEqual({
      kind: 'warn',
      reasons: ['phone', 'nameAndBirthDate'],
      existingIds: ['b', 'c'],
    });
  });

  it('computes age in whole years, the day before a birthday counting one less', () => {
    expect(ageOn('2010-11-26', '2026-11-25')).toBe(15);
    expect(ageOn('2010-11-25', '2026-11-25')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
  });
});
