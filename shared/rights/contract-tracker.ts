import { addDays, addMonthsRolling, daysBetween, wholeMonthsBetween } from './dates';
import type { Facts } from './facts';
import type { ValueOf } from '../entities/rule-parameter';

/**
 * The written-contract tracker (劳动合同法 art. 10, 14, 82; 实施条例 art. 6, 7).
 *
 * Day 1 is the first day of work (用工之日). The contract is due within one month: the last day is the day
 * before the same day-of-month a month later (start 1 June → due by 30 June, day 30; from 1 July, day 31, it is
 * late). When that month is shorter (start 31 January) the later reading is used (due by 28/29 February).
 * Staff are reminded from day `contractReminderDay` (25).
 *
 * Double wages (the employer owes a second month's wage for each month without a contract) run from the
 * first day after the month until the day before the contract is signed, at most until the day before the
 * first anniversary, when an open-ended contract is deemed concluded: at most 11 months.
 * Estimated amount = monthly wage × (whole months in that period + remaining days ÷ 30), rounded to fen;
 * counted up to the evaluation date while no contract is signed. It is an estimate for the conversation and
 * the referral, not a legal calculation (arbitration decides the wage base).
 */
export type ContractState =
  'first-weeks' | 'reminder' | 'signed-in-time' | 'signed-late' | 'double-wage' | 'open-ended-deemed' | 'unknown';

export interface DoubleWage {
  readonly from: string;
  readonly to: string;
  readonly months: number;
  /** yuan; null when the monthly wage is not known */
  readonly amount: number | null;
}

export interface ContractTrack {
  readonly state: ContractState;
  /** day of employment on the evaluation date (start = day 1) */
  readonly day: number;
  readonly dueBy: string;
  readonly doubleWageFrom: string;
  readonly deemedOpenEndedOn: string;
  readonly doubleWage: DoubleWage | null;
}

export const MAX_DOUBLE_WAGE_MONTHS = 11;

export function doubleWage(from: string, to: string, monthlyWage: number | null): DoubleWage | null {
  if (to < from) return null;
  const after = addDays(to, 1);
  const whole = wholeMonthsBetween(from, after);
  const rest = daysBetween(addMonthsRolling(from, whole), after);
  const exact = Math.min(MAX_DOUBLE_WAGE_MONTHS, whole + rest / 30);
  return {
    from,
    to,
    months: Math.round(exact * 1000) / 1000,
    amount: monthlyWage === null ? null : Math.round(monthlyWage * exact * 100) / 100,
  };
}

type TrackFacts = Pick<Facts, 'startDate' | 'contractStatus' | 'contractSignedOn' | 'monthlyWageEstimate'>;

/** Null before the start date or without one. */
export function trackContract(f: TrackFacts, date: string, deadlines: ValueOf<'deadlines'>): ContractTrack | null {
  if (f.startDate === null || date < f.startDate) return null;
  const start = f.startDate;
  const doubleWageFrom = addMonthsRolling(start, 1);
  const dueBy = addDays(doubleWageFrom, -1);
  const deemedOpenEndedOn = addMonthsRolling(start, 12);
  const lastDoubleDay = addDays(deemedOpenEndedOn, -1);
  const day = daysBetween(start, date) + 1;
  const base = { day, dueBy, doubleWageFrom, deemedOpenEndedOn };
  const early = day < deadlines.contractReminderDay;
  const signedBy = f.contractStatus === 'signed' && (f.contractSignedOn === null || f.contractSignedOn <= date);
  if (f.contractStatus === 'signed' && f.contractSignedOn !== null && f.contractSignedOn <= date) {
    const on = f.contractSignedOn;
    if (on <= dueBy) return { ...base, state: 'signed-in-time', doubleWage: null };
    const dayBefore = addDays(on, -1);
    const owed = doubleWage(
      doubleWageFrom,
      dayBefore < lastDoubleDay ? dayBefore : lastDoubleDay,
      f.monthlyWageEstimate,
    );
    return { ...base, state: 'signed-late', doubleWage: owed };
  }
  if (signedBy) return { ...base, state: date <= dueBy ? 'signed-in-time' : 'unknown', doubleWage: null };
  if (early) return { ...base, state: 'first-weeks', doubleWage: null };
  if (f.contractStatus === null) return { ...base, state: 'unknown', doubleWage: null };
  // not signed (or signed only after the evaluation date)
  if (date <= dueBy) return { ...base, state: 'reminder', doubleWage: null };
  const to = date < lastDoubleDay ? date : lastDoubleDay;
  return {
    ...base,
    state: date >= deemedOpenEndedOn ? 'open-ended-deemed' : 'double-wage',
    doubleWage: doubleWage(doubleWageFrom, to, f.monthlyWageEstimate),
  };
}
