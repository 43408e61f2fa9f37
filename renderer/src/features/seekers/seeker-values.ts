import { SEEKER_DEFAULTS, type Seeker } from '#shared/entities/seeker';
import { parsePhone } from '#shared/identifiers/phone';
import { parseResidentId } from '#shared/identifiers/resident-id';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import type { SeekerInput } from '../../db/commands/seekers';

/** The seeker form's values: the record's shape, with optional pieces the way antd forms hold them. */
export interface SeekerFormValues {
  name: string;
  sex: Seeker['sex'];
  birthDate: string;
  idNumber?: string;
  phone?: string;
  villageCode?: string;
  education: Seeker['education'];
  literacy: Seeker['literacy'];
  skills?: Seeker['skills'];
  certificates?: { name: string; serial?: string }[];
  availability: string;
  careDuties?: Seeker['careDuties'];
  physical: Seeker['physical'];
  commute: Seeker['commute'];
  homeBasedWanted: boolean;
  payAmount?: number | null;
  payPer: 'month' | 'day' | 'hour';
  groups?: Seeker['groups'];
  pregnant: boolean;
  pregnancyDueDate?: string;
  breastfeedingChildBirthDate?: string;
  consentMatching: boolean;
  consentCounty: boolean;
  consentDate: string;
  status: Seeker['status'];
  notes?: string;
}

export function blankSeeker(today: string): SeekerFormValues {
  return {
    name: '',
    sex: 'female',
    birthDate: '',
    education: 'junior',
    ...SEEKER_DEFAULTS,
    skills: [],
    certificates: [],
    careDuties: [],
    physical: { ...SEEKER_DEFAULTS.physical, mobility: 'full' },
    commute: { ...SEEKER_DEFAULTS.commute },
    groups: [],
    payAmount: null,
    payPer: 'month',
    consentMatching: false,
    consentCounty: false,
    consentDate: today,
  };
}

export function toFormValues(s: Seeker): SeekerFormValues {
  return {
    ...s,
    // Never put the full numbers into the form: they stay masked until someone asks, with a reason.
    idNumber: undefined,
    phone: undefined,
    villageCode: s.villageCode ?? undefined,
    certificates: s.certificates.map((c) => ({ name: c.name, serial: c.serial })),
    payAmount: s.payFloor?.amount ?? null,
    payPer: s.payFloor?.per ?? 'month',
    consentMatching: s.consent.matching,
    consentCounty: s.consent.county,
    consentDate: s.consent.date,
    pregnancyDueDate: s.pregnancyDueDate ?? undefined,
    breastfeedingChildBirthDate: s.breastfeedingChildBirthDate ?? undefined,
  };
}

/** Form values → the command's input. Identifiers are normalised here (15-digit IDs converted, +86 removed). */
export function toSeekerInput(
  id: string,
  v: SeekerFormValues,
  recordedBy: string,
  today: string,
  previous?: Seeker,
): SeekerInput {
  const idNumber = v.idNumber?.trim() ? parseResidentId(v.idNumber, today) : null;
  const phone = v.phone?.trim() ? parsePhone(v.phone) : null;
  return {
    id,
    name: v.name.trim(),
    sex: v.sex,
    birthDate: v.birthDate,
    // Left empty on an existing person: keep what is stored.
    idNumber: idNumber
      ? idNumber.ok
        ? idNumber.value.number
        : (v.idNumber?.trim() ?? null)
      : (previous?.idNumber ?? null),
    phone: phone ? (phone.ok ? phone.value.number : (v.phone?.trim() ?? null)) : (previous?.phone ?? null),
    villageCode: v.villageCode ?? null,
    education: v.education,
    literacy: v.literacy,
    skills: v.skills ?? [],
    certificates: (v.certificates ?? []).map((c) => ({ name: c.name, serial: c.serial ?? '', issuedOn: null })),
    availability: v.availability || EMPTY_WEEK,
    careDuties: (v.careDuties ?? []).map((c) => ({ ...c, note: c.note ?? '' })),
    physical: v.physical,
    commute: v.commute,
    homeBasedWanted: v.homeBasedWanted,
    payFloor: v.payAmount ? { amount: v.payAmount, per: v.payPer } : null,
    groups: v.groups ?? [],
    pregnant: v.sex === 'female' && (v.pregnant || Boolean(v.pregnancyDueDate)),
    pregnancyDueDate: v.sex === 'female' && v.pregnant && v.pregnancyDueDate ? v.pregnancyDueDate : null,
    breastfeedingChildBirthDate:
      v.sex === 'female' && v.breastfeedingChildBirthDate ? v.breastfeedingChildBirthDate : null,
    consent: {
      date: v.consentDate,
      matching: v.consentMatching,
      county: v.consentCounty,
      recordedBy: previous?.consent.recordedBy ?? recordedBy,
      withdrawnOn: null,
    },
    status: v.status ?? previous?.status ?? 'active',
    notes: v.notes ?? '',
  };
}
