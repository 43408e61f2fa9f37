import type { Facts } from './facts';
import type { Answer, VisitAnswer } from '../entities/visit';
import type { EvidenceKind, Text } from './types';

/**
 * Questions staff ask the worker at a follow-up visit. Each answer (yes / no / unknown, with an evidence
 * note) sets one fact; "unknown" leaves the fact as the records have it. `askIf` hides questions that cannot
 * apply (e.g. breastfeeding for a man) — an unanswered question is simply unknown.
 */
export interface VisitQuestion {
  readonly id: string;
  readonly text: Text;
  readonly evidence: EvidenceKind;
  readonly checkIds: readonly string[];
  readonly askIf?: (facts: Facts) => boolean;
  readonly apply: (answer: 'yes' | 'no', facts: Facts) => Partial<Facts>;
}

const flag =
  <K extends keyof Facts>(key: K) =>
  (answer: 'yes' | 'no'): Partial<Facts> =>
    ({ [key]: answer === 'yes' }) as Partial<Facts>;

export const VISIT_QUESTIONS: readonly VisitQuestion[] = [
  {
    id: 'papers-held',
    text: {
      zh: '老板有没有扣着你的身份证、银行卡或其他证件？',
      en: 'Does the employer keep your ID card, bank card or other papers?',
    },
    evidence: 'interview',
    checkIds: ['forced.papers-held'],
    apply: flag('idOrBankCardHeld'),
  },
  {
    id: 'deposit-paid',
    text: {
      zh: '你有没有交过押金、保证金、服装费或其他费用？',
      en: 'Did you pay a deposit, bond, uniform fee or any other fee?',
    },
    evidence: 'interview',
    checkIds: ['forced.deposit-taken'],
    apply: flag('depositTaken'),
  },
  {
    id: 'paid-in-money',
    text: {
      zh: '工资是发现金或打到你自己的银行卡上吗？',
      en: 'Is your pay paid in cash or into your own bank account?',
    },
    evidence: 'interview',
    checkIds: ['pay.in-money-to-worker'],
    apply: flag('paidInMoneyToWorker'),
  },
  {
    id: 'payslip',
    text: { zh: '你能看到工资条或工资清单吗？', en: 'Do you get a pay slip or pay list?' },
    evidence: 'document',
    checkIds: ['pay.payslip'],
    apply: flag('payslipGiven'),
  },
  {
    id: 'wages-late',
    text: { zh: '有没有拖欠、克扣或押着工资不发？', en: 'Are any wages late, cut or held back?' },
    evidence: 'interview',
    checkIds: ['pay.arrears'],
    apply: flag('wagesLateOrWithheld'),
  },
  {
    id: 'deductions',
    text: {
      zh: '有没有因为损坏、罚款扣掉一个月工资的五分之一以上？',
      en: "Were more than a fifth of a month's wages deducted for damage or fines?",
    },
    evidence: 'document',
    checkIds: ['pay.deductions'],
    apply: flag('excessiveDeductions'),
  },
  {
    id: 'overtime-premium',
    text: {
      zh: '加班有没有多给钱（平时1.5倍、休息日2倍、节假日3倍）？',
      en: 'Is overtime paid extra (1.5×, 2× on rest days, 3× on holidays)?',
    },
    evidence: 'document',
    checkIds: ['pay.overtime-premium'],
    apply: flag('overtimePaidAtPremium'),
  },
  {
    id: 'rest-day',
    text: { zh: '每周至少能休息一整天吗？', en: 'Do you get at least one full day off each week?' },
    evidence: 'interview',
    checkIds: ['hours.rest-day'],
    apply: (a, f) => ({
      restDaysPerWeek: a === 'no' ? 0 : f.restDaysPerWeek !== null && f.restDaysPerWeek >= 1 ? f.restDaysPerWeek : 1,
    }),
  },
  {
    id: 'injured',
    text: { zh: '上班以来有没有在工作中受过伤？', en: 'Have you been hurt at work since you started?' },
    evidence: 'interview',
    checkIds: ['osh.work-injury'],
    apply: flag('injuryOccurred'),
  },
  {
    id: 'injury-reported',
    text: { zh: '老板有没有给你申请工伤认定？', en: 'Has the employer applied for work-injury recognition for you?' },
    evidence: 'document',
    checkIds: ['osh.work-injury'],
    askIf: (f) => f.injuryOccurred !== false,
    apply: (a, f) => ({
      injuryReportedOn: a === 'no' ? 'not-reported' : f.injuryReportedOn !== 'not-reported' ? f.injuryReportedOn : null,
    }),
  },
  {
    id: 'breastfeeding',
    text: { zh: '你在给不满1岁的孩子喂奶吗？', en: 'Are you breastfeeding a child under one?' },
    evidence: 'interview',
    checkIds: ['osh.pregnancy-breastfeeding'],
    askIf: (f) => f.sex !== 'male',
    apply: flag('breastfeedingUnderOne'),
  },
  {
    id: 'night-or-overtime',
    text: { zh: '有没有安排你上夜班或加班？', en: 'Are you given night shifts or overtime?' },
    evidence: 'interview',
    checkIds: ['osh.pregnancy-breastfeeding'],
    askIf: (f) => f.sex !== 'male',
    apply: flag('nightOrOvertimeWork'),
  },
  {
    id: 'children-help',
    text: {
      zh: '在家做的活，有没有不满16岁的孩子帮忙做？',
      en: 'Do children under 16 help with the work you do at home?',
    },
    evidence: 'observation',
    checkIds: ['child.home-piecework'],
    askIf: (f) => f.workplace !== 'on-site',
    apply: flag('childrenHelpWithHomeWork'),
  },
  {
    id: 'pension',
    text: { zh: '你现在领养老金吗？', en: 'Do you draw a pension now?' },
    evidence: 'interview',
    checkIds: ['contract.pension-drawn'],
    apply: flag('drawsPension'),
  },
];

/** The questions to ask, given what is already known. */
export function questionsFor(
  facts: Facts,
  questions: readonly VisitQuestion[] = VISIT_QUESTIONS,
): readonly VisitQuestion[] {
  return questions.filter((q) => !q.askIf || q.askIf(facts));
}

/** Facts after the answers: yes/no set the fact, unknown leaves it. Unknown question ids are ignored. */
export function applyAnswers(
  facts: Facts,
  answers: readonly Pick<VisitAnswer, 'questionId' | 'answer'>[],
  questions: readonly VisitQuestion[] = VISIT_QUESTIONS,
): Facts {
  let out = facts;
  for (const a of answers) {
    const q = questions.find((x) => x.id === a.questionId);
    const answer: Answer = a.answer;
    if (q && answer !== 'unknown') out = { ...out, ...q.apply(answer, out) };
  }
  return out;
}
