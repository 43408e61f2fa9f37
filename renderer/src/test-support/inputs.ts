import { v7 as uuidv7 } from 'uuid';
import { presetGrid } from '#shared/schedule/week-grid';
import type { EmployerInput, JobInput } from '../db/commands/employers';
import type { SeekerInput } from '../db/commands/seekers';

/** A complete, valid seeker (a single mother with a school pick-up). */
export function seekerInput(overrides: Partial<SeekerInput> = {}): SeekerInput {
  return {
    id: uuidv7(),
    name: '李秀英',
    sex: 'female',
    birthDate: '1949-12-31',
    idNumber: '11010519491231002X',
    phone: '13812345678',
    villageCode: '522626101203',
    education: 'junior',
    literacy: 'basic',
    skills: [{ code: 'sewing-machine', level: 'skilled' }],
    certificates: [],
    availability: presetGrid('schoolHours'),
    careDuties: [{ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:30', note: '' }],
    physical: { standingHoursMax: 2, liftKgMax: 10, eyesight: 'good', hands: 'full' },
    commute: { maxMinutes: 30, mode: 'ebike' },
    homeBasedWanted: true,
    payFloor: { amount: 2000, per: 'month' },
    groups: ['single-parent'],
    pregnant: false,
    consent: { date: '2026-11-20', matching: true, county: true, recordedBy: 'staff', withdrawnOn: null },
    status: 'active',
    notes: '',
    ...overrides,
  };
}

export const employerInput = (overrides: Partial<EmployerInput> = {}): EmployerInput => ({
  id: uuidv7(),
  name: '幸福村帮扶车间',
  kind: 'assistance-workshop',
  creditCode: '91350100M000100Y43',
  villageCode: '522626101203',
  address: '村委会旁',
  contactName: '陈主任',
  contactPhone: '13912345678',
  ...overrides,
});
export const jobInput = (employerId: string, overrides: Partial<JobInput> = {}): JobInput => ({
  id: uuidv7(),
  employerId,
  title: '缝纫工',
  occupation: '服装制作工',
  skills: [{ code: 'sewing-machine', level: 'beginner' }],
  schedule: { kind: 'grid', grid: presetGrid('schoolHours') },
  workplace: 'on-site',
  physical: { standingHours: 1, liftKg: 5, fineEyesight: true, bothHands: true },
  literacyNeeded: 'none',
  pay: { kind: 'piece', amount: 0.5, piecesPerHour: 40 },
  contractKind: 'labour',
  socialInsurance: true,
  positions: 10,
  startDate: '2026-12-01',
  endDate: null,
  status: 'open',
  description: '',
  ...overrides,
});
