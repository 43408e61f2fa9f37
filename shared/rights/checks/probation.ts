import { cite } from '../legal';
import { minimumRange, minimumWageFor, valueInForce } from '../parameters/lookup';
import { defineCheck, type Check, type Verdict } from '../types';
import type { Facts } from '../facts';
import { missing, NOTHING_TO_DO } from './common';

const money = (x: number): string => x.toFixed(2);

/** Longest probation for a contract (劳动合同法 art. 19; "以上" includes the figure itself). */
export function maxProbationMonths(term: 'fixed' | 'open-ended' | 'task', termMonths: number | null): number | null {
  if (term === 'task') return 0;
  if (term === 'open-ended') return 6;
  if (termMonths === null) return null;
  if (termMonths < 3) return 0;
  if (termMonths < 12) return 1;
  if (termMonths < 36) return 2;
  return 6;
}

type ProbationFacts = Pick<
  Facts,
  | 'areaCode'
  | 'contractKind'
  | 'contractTerm'
  | 'contractTermMonths'
  | 'probationMonths'
  | 'probationMonthlyPay'
  | 'contractMonthlyWage'
>;

function probationVerdict(
  f: ProbationFacts,
  date: string,
  params: Parameters<typeof minimumWageFor>[0],
): Verdict | null {
  if (f.probationMonths === null) return missing('probationMonths');
  if (f.probationMonths === 0) return { status: 'pass', reason: 'none' };
  if (f.contractKind === null) return missing('contractKind');
  if (f.contractKind === 'labour-service') return null;
  if (f.contractKind === 'part-time')
    return { status: 'fail', reason: 'part-time', params: { months: f.probationMonths } };
  if (f.contractTerm === null) return missing('contractTerm');
  const max = maxProbationMonths(f.contractTerm, f.contractTermMonths);
  if (max === null) return missing('contractTermMonths');
  const term = f.contractTerm === 'fixed' ? `${f.contractTermMonths ?? '?'}` : f.contractTerm;
  if (f.probationMonths > max)
    return max === 0
      ? {
          status: 'fail',
          reason: f.contractTerm === 'task' ? 'none-allowed-task' : 'none-allowed-short',
          params: { months: f.probationMonths, term },
        }
      : { status: 'fail', reason: 'too-long', params: { months: f.probationMonths, max, term } };
  const deadlines = valueInForce(params, 'deadlines', f.areaCode, date);
  if (!deadlines) return { status: 'unknown', reason: 'no-limits' };
  if (f.probationMonthlyPay === null) return missing('probationMonthlyPay');
  if (
    f.contractMonthlyWage !== null &&
    f.probationMonthlyPay < f.contractMonthlyWage * deadlines.probationPayMinShare
  ) {
    return {
      status: 'fail',
      reason: 'pay-below-share',
      params: {
        pay: money(f.probationMonthlyPay),
        floor: money(f.contractMonthlyWage * deadlines.probationPayMinShare),
      },
    };
  }
  const mw = f.areaCode === null ? null : minimumWageFor(params, f.areaCode, date);
  if (mw) {
    const range = minimumRange(mw);
    if (f.probationMonthlyPay < range.monthly.low)
      return {
        status: 'fail',
        reason: 'pay-below-minimum',
        params: { pay: money(f.probationMonthlyPay), floor: money(range.monthly.low) },
      };
  }
  if (f.contractMonthlyWage === null) return missing('contractMonthlyWage');
  if (f.areaCode === null) return missing('areaCode');
  if (!mw) return { status: 'unknown', reason: 'no-minimum' };
  if (f.probationMonthlyPay < minimumRange(mw).monthly.high)
    return { status: 'unknown', reason: 'tier-unknown', params: { sources: minimumRange(mw).sources.join('; ') } };
  return { status: 'pass', reason: 'lawful', params: { months: f.probationMonths, max } };
}

/** Probation: its length for the contract's term, and probation pay (劳动合同法 art. 19, 20, 70). */
export const PROBATION_CHECK: Check = defineCheck({
  id: 'contract.probation',
  cluster: 'contracts-and-hr',
  point: 'probation',
  question: { zh: '试用期长度和试用期工资是否合法？', en: 'Are the probation length and probation pay lawful?' },
  severity: 'medium',
  sources: [cite('labour-contract-law', 'art. 19, 20, 70')],
  reads: [
    'areaCode',
    'contractKind',
    'contractTerm',
    'contractTermMonths',
    'probationMonths',
    'probationMonthlyPay',
    'contractMonthlyWage',
  ],
  contexts: ['placement'],
  evidence: 'document',
  referral: ['mediation', 'hotline-12333'],
  evaluate: (f, ctx) => probationVerdict(f, ctx.date, ctx.params),
  reasons: {
    none: { explanation: { zh: '没有约定试用期。', en: 'No probation was agreed.' }, nextStep: NOTHING_TO_DO },
    lawful: {
      explanation: {
        zh: '试用期 {months} 个月，未超过上限 {max} 个月，试用期工资合法。',
        en: 'Probation of {months} months is within the {max}-month limit, and probation pay is lawful.',
      },
      nextStep: NOTHING_TO_DO,
    },
    'part-time': {
      explanation: {
        zh: '非全日制用工不得约定试用期（约定了 {months} 个月）。',
        en: 'Part-time work may have no probation ({months} months were agreed).',
      },
      nextStep: {
        zh: '告知用人单位取消试用期，按正式工资支付。',
        en: 'Tell the employer to drop the probation and pay the full wage.',
      },
    },
    'too-long': {
      explanation: {
        zh: '合同期限 {term}（月）最多约定 {max} 个月试用期，实际约定了 {months} 个月。',
        en: 'A contract of {term} (months) allows at most {max} months of probation; {months} were agreed.',
      },
      nextStep: {
        zh: '超出部分视为已转正，用人单位应按转正工资补足差额；可申请调解。',
        en: 'The excess counts as regular employment: the employer owes the difference at the full wage; mediation can help.',
      },
    },
    'none-allowed-short': {
      explanation: {
        zh: '合同期限不满三个月的，不得约定试用期（合同期限 {term} 个月，约定了 {months} 个月试用期）。',
        en: 'A contract of less than three months may have no probation (the term is {term} months; {months} months of probation were agreed).',
      },
      nextStep: {
        zh: '试用期条款无效，已“试用”的时间按正式工资计算；要求用人单位补足差额，可申请调解。',
        en: 'The probation clause is void and the time already served counts at the full wage: ask the employer for the difference; mediation can help.',
      },
    },
    'none-allowed-task': {
      explanation: {
        zh: '以完成一定工作任务为期限的劳动合同，不得约定试用期（约定了 {months} 个月试用期）。',
        en: 'A contract for the completion of a task may have no probation ({months} months were agreed).',
      },
      nextStep: {
        zh: '试用期条款无效，已“试用”的时间按正式工资计算；要求用人单位补足差额，可申请调解。',
        en: 'The probation clause is void and the time already served counts at the full wage: ask the employer for the difference; mediation can help.',
      },
    },
    'pay-below-share': {
      explanation: {
        zh: '试用期工资 {pay} 元低于合同工资的80%（{floor} 元）。',
        en: 'Probation pay of {pay} yuan is below 80% of the contract wage ({floor} yuan).',
      },
      nextStep: { zh: '要求用人单位补足差额。', en: 'Ask the employer to pay the difference.' },
    },
    'pay-below-minimum': {
      explanation: {
        zh: '试用期工资 {pay} 元低于当地月最低工资 {floor} 元。',
        en: 'Probation pay of {pay} yuan is below the local monthly minimum of {floor} yuan.',
      },
      nextStep: {
        zh: '要求用人单位补足差额；不补的向劳动监察投诉。',
        en: 'Ask the employer to pay the difference; if not, complain to labour inspection.',
      },
    },
  },
});
