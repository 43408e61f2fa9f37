import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import {
  birthYearOnly,
  countyConsented,
  holdsOnlyReleasable,
  PSEUDONYMOUS_SEEKER_FIELDS,
  releaseFields,
  seekerAsCountyHolds,
} from './county-release';

const consent = (county: boolean, withdrawnOn: string | null = null) => ({
  date: '2026-11-20',
  matching: true,
  county,
  recordedBy: 'staff-1',
  withdrawnOn,
});

const seeker = {
  id: '0190a000-0000-7000-8000-000000000001',
  stationId: '0190a000-0000-7000-8000-000000000002',
  createdAt: 1_764_000_000_000,
  deleted: false,
  name: '李秀英',
  sex: 'female',
  birthDate: '1979-03-14',
  idNumber: '52262619790314002X',
  phone: '13812345678',
  villageCode: '522626101203',
  education: 'junior',
  literacy: 'basic',
  skills: [{ code: 'sewing-machine', level: 'skilled' }],
  certificates: [{ name: '缝纫工', serial: 'ZS-0001', issuedOn: null }],
  careDuties: [{ kind: 'school-pickup', days: [1], from: '15:30', to: '16:30', note: '接孙子小明' }],
  groups: ['single-parent'],
  pregnant: true,
  status: 'active',
  notes: '住村东头第三家',
  consent: consent(false),
};

describe('county consent', () => {
  it('holds only when the county was agreed to and nothing was withdrawn', () => {
    expect(countyConsented(consent(true))).toBe(true);
    expect(countyConsented(consent(false))).toBe(false);
    expect(countyConsented(consent(true, '2026-11-30'))).toBe(false);
    expect(countyConsented(undefined)).toBe(false);
    expect(countyConsented({ county: 'yes' })).toBe(false);
  });
});

describe('what of a seeker may reach the county', () => {
  it('sends everything for a person who consented', () => {
    expect(releaseFields('seekers', seeker, true)).toEqual(seeker);
  });

  it('without consent sends only the pseudonymous record: no name, ID, phone, notes, health or certificates', () => {
    const out = releaseFields('seekers', seeker, false);
    expect(Object.keys(out).sort()).toEqual(
      [
        'birthDate',
        'consent',
        'createdAt',
        'deleted',
        'education',
        'groups',
        'id',
        'sex',
        'stationId',
        'status',
        'villageCode',
      ].sort(),
    );
    expect(out.birthDate).toBe('1979-07-01');
    const text = JSON.stringify(out);
    for (const secret of ['李秀英', '52262619790314002X', '13812345678', '小明', '村东头', 'ZS-0001'])
      expect(text).not.toContain(secret);
  });

  it('judges a whole record by the consent it carries', () => {
    expect(seekerAsCountyHolds(seeker)).toEqual(releaseFields('seekers', seeker, false));
    const consenting = { ...seeker, consent: consent(true) };
    expect(seekerAsCountyHolds(consenting)).toEqual(consenting);
  });

  it('keeps a partial change partial', () => {
    expect(releaseFields('seekers', { phone: '13812345678' }, false)).toEqual({});
    expect(releaseFields('seekers', { status: 'placed', notes: '已上岗' }, false)).toEqual({ status: 'placed' });
  });

  it('reduces a birth date to the middle of its year', () => {
    expect(birthYearOnly('2001-12-31')).toBe('2001-07-01');
    expect(birthYearOnly('not a date')).toBe('not a date');
  });

  it('no seeker, however filled in, takes a field outside the pseudonymous list to the county', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string()), (extra) => {
        const out = releaseFields('seekers', { ...seeker, ...extra }, false);
        for (const key of Object.keys(out)) expect(PSEUDONYMOUS_SEEKER_FIELDS.has(key)).toBe(true);
        expect(holdsOnlyReleasable('seekers', out)).toBe(true);
      }),
      propertyRuns(200),
    );
  });
});

describe('records about a person', () => {
  it('lose their free text without consent, in values their schemas accept', () => {
    expect(
      releaseFields(
        'referrals',
        { status: 'not-hired', outcomeReason: '李秀英嫌远', note: 'x', overrideReason: 'y' },
        false,
      ),
    ).toEqual({ status: 'not-hired', outcomeReason: '', note: '', overrideReason: null });
    expect(releaseFields('placements', { note: '她丈夫在同厂', startDate: '2026-12-01' }, false)).toEqual({
      note: '',
      startDate: '2026-12-01',
    });
    expect(releaseFields('enrolments', { reason: '家里有事', certificateSerial: 'ZS-1' }, false)).toEqual({
      reason: '',
      certificateSerial: null,
    });
    expect(
      releaseFields(
        'visits',
        { note: '见到合同', answers: [{ questionId: 'q1', answer: 'yes', evidence: '本人说的' }] },
        false,
      ),
    ).toEqual({ note: '', answers: [{ questionId: 'q1', answer: 'yes', evidence: '' }] });
    expect(releaseFields('attendance', { reason: '生病', mark: 'excused' }, false)).toEqual({
      reason: null,
      mark: 'excused',
    });
    expect(releaseFields('audit', { action: 'seeker.reveal', reason: '核对身份' }, false)).toEqual({
      action: 'seeker.reveal',
      reason: null,
    });
  });

  it('keeps everything of records that are about no person', () => {
    const job = { title: '缝纫工', note: '陈主任' };
    expect(releaseFields('jobs', job, false)).toEqual(job);
  });
});
