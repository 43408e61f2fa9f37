import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { fullTimeReadings } from '../pay';
import { defineCheck, type Check } from '../types';
import { missing, NOTHING_TO_DO } from './common';

/** Payment of wages: when, how and how much of it reaches the worker, overtime premiums included. */
export const WAGE_PAYMENT_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'pay.interval',
    cluster: 'compensation',
    point: 'payment',
    question: {
      zh: '工资是否按时发放（全日制至少每月一次，非全日制不超过15天）？',
      en: 'Is pay on time (full-time at least monthly; part-time at least every 15 days)?',
    },
    severity: 'high',
    sources: [
      cite('labour-law', 'art. 50'),
      cite('wage-payment-provisions', 'art. 7'),
      cite('labour-contract-law', 'art. 72'),
    ],
    reads: ['contractKind', 'payIntervalDays', 'hoursPerWeek', 'avgHoursPerWorkDay'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'mediation'],
    evaluate: (f, ctx) => {
      const limits = valueInForce(ctx.params, 'hour-limits', null, ctx.date);
      const deadlines = valueInForce(ctx.params, 'deadlines', null, ctx.date);
      if (!limits || !deadlines) return { status: 'unknown', reason: 'no-limits' };
      if (f.payIntervalDays === null) return missing('payIntervalDays');
      // part-time (non-full-time) by contract or, without one, by the hours (as for the minimum wage)
      const maxes = [
        ...new Set(
          fullTimeReadings(f, limits).map((ft) =>
            ft ? deadlines.payIntervalMaxDays : limits.partTimePayIntervalMaxDays,
          ),
        ),
      ];
      const max = Math.min(...maxes);
      const params = { days: f.payIntervalDays, max: maxes.join('/') };
      if (f.payIntervalDays <= max) return { status: 'pass', reason: 'on-time', params };
      if (f.payIntervalDays > Math.max(...maxes)) return { status: 'fail', reason: 'too-rare', params };
      return { status: 'unknown', reason: 'full-time-unknown', params };
    },
    reasons: {
      'on-time': {
        explanation: {
          zh: '每 {days} 天发一次工资，符合规定（最长 {max} 天）。',
          en: 'Paid every {days} days: within the limit ({max} days).',
        },
        nextStep: NOTHING_TO_DO,
      },
      'too-rare': {
        explanation: {
          zh: '每 {days} 天才发一次工资，超过规定的 {max} 天。',
          en: 'Paid only every {days} days, beyond the limit of {max} days.',
        },
        nextStep: {
          zh: '要求用人单位按月（非全日制每15天内）发放；拖欠的向劳动监察投诉。',
          en: 'Ask the employer to pay monthly (part-time within 15 days); report arrears to labour inspection.',
        },
      },
    },
  }),
  defineCheck({
    id: 'pay.in-money-to-worker',
    cluster: 'compensation',
    point: 'payment',
    question: { zh: '工资是否以货币形式支付给劳动者本人？', en: 'Is pay paid in money to the worker personally?' },
    severity: 'high',
    sources: [cite('labour-law', 'art. 50'), cite('wage-payment-provisions', 'art. 7')],
    reads: ['paidInMoneyToWorker'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection'],
    evaluate: (f) =>
      f.paidInMoneyToWorker === null
        ? missing('paidInMoneyToWorker')
        : f.paidInMoneyToWorker
          ? { status: 'pass', reason: 'yes' }
          : { status: 'fail', reason: 'no' },
    reasons: {
      yes: {
        explanation: { zh: '工资以货币支付给本人。', en: 'Pay is paid in money to the worker.' },
        nextStep: NOTHING_TO_DO,
      },
      no: {
        explanation: {
          zh: '工资没有以货币形式支付给本人（例如以实物抵工资，或付给他人）。',
          en: 'Pay is not paid in money to the worker (e.g. in goods, or to someone else).',
        },
        nextStep: {
          zh: '要求用人单位以现金或转入本人银行账户的方式支付。',
          en: "Ask the employer to pay in cash or into the worker's own bank account.",
        },
      },
    },
  }),
  defineCheck({
    id: 'pay.payslip',
    cluster: 'compensation',
    point: 'payment',
    question: {
      zh: '劳动者能否看到工资清单（工资怎么算的）？',
      en: 'Does the worker get a pay statement showing how pay was worked out?',
    },
    severity: 'medium',
    sources: [cite('wage-payment-provisions', 'art. 6')],
    reads: ['payslipGiven'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['hotline-12333'],
    evaluate: (f) =>
      f.payslipGiven === null
        ? missing('payslipGiven')
        : f.payslipGiven
          ? { status: 'pass', reason: 'yes' }
          : { status: 'warn', reason: 'no' },
    reasons: {
      yes: {
        explanation: { zh: '劳动者有工资清单。', en: 'The worker gets a pay statement.' },
        nextStep: NOTHING_TO_DO,
      },
      no: {
        explanation: {
          zh: '劳动者没有工资清单，无法核对工资、扣款和加班费。',
          en: 'The worker gets no pay statement, so pay, deductions and overtime cannot be checked.',
        },
        nextStep: {
          zh: '建议劳动者自己记录出勤和产量；请用人单位提供工资清单。',
          en: 'Suggest the worker keeps a record of days and output; ask the employer for pay statements.',
        },
      },
    },
  }),
  defineCheck({
    id: 'pay.deductions',
    cluster: 'compensation',
    point: 'payment',
    question: {
      zh: '赔偿扣款是否超过当月工资的20%，或扣后低于最低工资？',
      en: "Do deductions for damage exceed 20% of the month's pay, or leave less than the minimum wage?",
    },
    severity: 'high',
    sources: [cite('wage-payment-provisions', 'art. 16')],
    reads: ['excessiveDeductions'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'mediation'],
    evaluate: (f) =>
      f.excessiveDeductions === null
        ? missing('excessiveDeductions')
        : f.excessiveDeductions
          ? { status: 'fail', reason: 'excessive' }
          : { status: 'pass', reason: 'within' },
    reasons: {
      within: {
        explanation: { zh: '没有超过规定的扣款。', en: 'No deductions beyond the limit.' },
        nextStep: NOTHING_TO_DO,
      },
      excessive: {
        explanation: {
          zh: '扣款超过当月工资的20%或扣后低于最低工资标准。',
          en: "Deductions exceed 20% of the month's pay or leave less than the minimum wage.",
        },
        nextStep: {
          zh: '要求退还超额扣款；协商不成可申请调解。',
          en: 'Ask for the excess back; if refused, apply for mediation.',
        },
      },
    },
  }),
  defineCheck({
    id: 'pay.arrears',
    cluster: 'compensation',
    point: 'payment',
    question: { zh: '是否存在拖欠、克扣或押工资？', en: 'Are wages late, cut or held back?' },
    severity: 'high',
    sources: [
      cite('labour-law', 'art. 50'),
      cite('wage-payment-provisions', 'art. 7'),
      cite('migrant-wage-regulations', ''),
    ],
    reads: ['wagesLateOrWithheld'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection', 'hotline-12333', 'mediation'],
    evaluate: (f) =>
      f.wagesLateOrWithheld === null
        ? missing('wagesLateOrWithheld')
        : f.wagesLateOrWithheld
          ? { status: 'fail', reason: 'arrears' }
          : { status: 'pass', reason: 'none' },
    reasons: {
      none: {
        explanation: { zh: '工资按时足额发放。', en: 'Wages are paid in full and on time.' },
        nextStep: NOTHING_TO_DO,
      },
      arrears: {
        explanation: { zh: '存在拖欠、克扣或押工资。', en: 'Wages are late, cut or held back.' },
        nextStep: {
          zh: '帮助劳动者整理出勤和工资证据，向劳动监察投诉或拨打12333。',
          en: 'Help the worker gather evidence of days worked and pay; complain to labour inspection or call 12333.',
        },
      },
    },
  }),
  defineCheck({
    id: 'pay.overtime-premium',
    cluster: 'compensation',
    point: 'overtime-pay',
    question: { zh: '加班是否按150%/200%/300%支付加班费？', en: 'Is overtime paid at 150% / 200% / 300%?' },
    severity: 'high',
    sources: [cite('labour-law', 'art. 44')],
    reads: ['overtimeHoursLastMonth', 'overtimePaidAtPremium'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'mediation'],
    evaluate: (f) => {
      if (f.overtimeHoursLastMonth === null) return missing('overtimeHoursLastMonth');
      if (f.overtimeHoursLastMonth === 0) return null;
      if (f.overtimePaidAtPremium === null) return missing('overtimePaidAtPremium');
      return f.overtimePaidAtPremium
        ? { status: 'pass', reason: 'paid', params: { hours: f.overtimeHoursLastMonth } }
        : { status: 'fail', reason: 'unpaid', params: { hours: f.overtimeHoursLastMonth } };
    },
    reasons: {
      paid: {
        explanation: {
          zh: '上月加班 {hours} 小时，已按规定支付加班费。',
          en: '{hours} hours of overtime last month, paid at the premium.',
        },
        nextStep: NOTHING_TO_DO,
      },
      unpaid: {
        explanation: {
          zh: '上月加班 {hours} 小时，没有按规定支付加班费（延时150%，休息日200%，法定节假日300%）。',
          en: '{hours} hours of overtime last month were not paid at the premium (150% extended hours, 200% rest days, 300% public holidays).',
        },
        nextStep: {
          zh: '计算应补发的加班费，与用人单位协商；不成可申请调解或投诉。',
          en: 'Work out the overtime owed and raise it with the employer; if refused, apply for mediation or complain.',
        },
      },
    },
  }),
];
