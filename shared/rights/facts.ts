import type { ContractKind } from '../entities/job';

/**
 * Everything a check may read, as one flat record. Every fact may be null: "not known". Postings, placements
 * and visit answers are turned into facts (prescreen.ts, follow-up.ts); checks never see the records.
 * A null here is never read as "no": the evaluator answers unknown, or a result that holds whatever the
 * missing value is.
 */
export interface Facts {
  /** area code of the workplace (2–12 digits), for the parameter rows in force there */
  readonly areaCode: string | null;
  /** posting title, occupation and description, joined */
  readonly postingText: string | null;
  readonly workplace: 'on-site' | 'home-based' | null;
  /** null when not known (a record's 'unknown' contract kind reads as null) */
  readonly contractKind: Exclude<ContractKind, 'unknown'> | null;

  // pay as agreed or, at a visit, as actually paid
  readonly payKind: 'monthly' | 'daily' | 'hourly' | 'piece' | null;
  /** yuan per month, day, hour or piece */
  readonly payAmount: number | null;
  /** pieces a normal worker makes in an hour (piece rates) */
  readonly piecesPerHour: number | null;

  // working time, from the schedule grid or, at a visit, as actually worked
  readonly hoursPerWeek: number | null;
  readonly maxHoursPerDay: number | null;
  /** hours per week / days with any work */
  readonly avgHoursPerWorkDay: number | null;
  readonly restDaysPerWeek: number | null;
  readonly overtimeHoursLastMonth: number | null;
  readonly overtimePaidAtPremium: boolean | null;

  // the person
  readonly birthDate: string | null;
  readonly sex: 'male' | 'female' | null;
  /** for women's retirement age: cadre (管理和专业技术岗位) or worker (生产操作岗位) post */
  readonly retirementPost: 'cadre' | 'worker' | null;
  readonly drawsPension: boolean | null;
  /** completed months of pregnancy; 0 = not pregnant */
  readonly pregnancyMonths: number | null;
  readonly breastfeedingUnderOne: boolean | null;
  readonly nightOrOvertimeWork: boolean | null;

  // the contract
  readonly startDate: string | null;
  readonly contractStatus: 'signed' | 'not-signed' | null;
  readonly contractSignedOn: string | null;
  readonly contractTerm: 'fixed' | 'open-ended' | 'task' | null;
  /** length of a fixed-term contract in months */
  readonly contractTermMonths: number | null;
  /** 0 = no probation */
  readonly probationMonths: number | null;
  readonly probationMonthlyPay: number | null;
  readonly contractMonthlyWage: number | null;
  /** monthly wage used to estimate double wages (art. 82) */
  readonly monthlyWageEstimate: number | null;

  // payment
  readonly payIntervalDays: number | null;
  readonly paidInMoneyToWorker: boolean | null;
  readonly payslipGiven: boolean | null;
  /** deductions for damage or fines took more than a fifth of a month's pay, or left less than the minimum */
  readonly excessiveDeductions: boolean | null;
  readonly wagesLateOrWithheld: boolean | null;

  // forced labour
  readonly idOrBankCardHeld: boolean | null;
  readonly depositTaken: boolean | null;

  // social insurance and injury
  readonly socialInsuranceOffered: boolean | null;
  readonly socialInsuranceStatus: 'registered' | 'not-registered' | null;
  readonly socialInsuranceRegisteredOn: string | null;
  readonly injuryOccurred: boolean | null;
  readonly injuryDate: string | null;
  /** null with injuryOccurred = not known; 'not-reported' when known not to be */
  readonly injuryReportedOn: string | 'not-reported' | null;

  // home-based work
  readonly childrenHelpWithHomeWork: boolean | null;
}

export type FactKey = keyof Facts;

/** All facts unknown: the start of every fact-building. */
export const NO_FACTS: Facts = {
  areaCode: null,
  postingText: null,
  workplace: null,
  contractKind: null,
  payKind: null,
  payAmount: null,
  piecesPerHour: null,
  hoursPerWeek: null,
  maxHoursPerDay: null,
  avgHoursPerWorkDay: null,
  restDaysPerWeek: null,
  overtimeHoursLastMonth: null,
  overtimePaidAtPremium: null,
  birthDate: null,
  sex: null,
  retirementPost: null,
  drawsPension: null,
  pregnancyMonths: null,
  breastfeedingUnderOne: null,
  nightOrOvertimeWork: null,
  startDate: null,
  contractStatus: null,
  contractSignedOn: null,
  contractTerm: null,
  contractTermMonths: null,
  probationMonths: null,
  probationMonthlyPay: null,
  contractMonthlyWage: null,
  monthlyWageEstimate: null,
  payIntervalDays: null,
  paidInMoneyToWorker: null,
  payslipGiven: null,
  excessiveDeductions: null,
  wagesLateOrWithheld: null,
  idOrBankCardHeld: null,
  depositTaken: null,
  socialInsuranceOffered: null,
  socialInsuranceStatus: null,
  socialInsuranceRegisteredOn: null,
  injuryOccurred: null,
  injuryDate: null,
  injuryReportedOn: null,
  childrenHelpWithHomeWork: null,
};

export const FACT_KEYS = Object.keys(NO_FACTS) as FactKey[];
