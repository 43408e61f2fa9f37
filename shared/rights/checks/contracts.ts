import { trackContract } from '../contract-tracker';
import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { defineCheck, type Check } from '../types';
import { missing } from './common';
import { PROBATION_CHECK } from './probation';
import { forLabourRelation } from '../labour-relation';

const money = (x: number): string => x.toFixed(2);

export const CONTRACT_CHECKS: readonly Check[] = [
  forLabourRelation(
    defineCheck({
      id: 'contract.written',
      cluster: 'contracts-and-hr',
      point: 'written-contract',
      question: {
        zh: '用工一个月内是否签订了书面劳动合同？',
        en: 'Was a written labour contract signed within one month of starting?',
      },
      severity: 'high',
      sources: [cite('labour-contract-law', 'art. 10, 14, 82'), cite('labour-contract-regulations', 'art. 6, 7')],
      reads: ['contractKind', 'startDate', 'contractStatus', 'contractSignedOn', 'monthlyWageEstimate'],
      contexts: ['placement'],
      evidence: 'document',
      referral: ['mediation', 'labour-inspection', 'hotline-12333'],
      evaluate: (f, ctx) => {
        if (f.contractKind === null) return missing('contractKind');
        // part-time work may rest on an oral agreement (art. 69); labour-service is not a labour relationship
        if (f.contractKind === 'part-time' || f.contractKind === 'labour-service') return null;
        if (f.startDate === null) return missing('startDate');
        const deadlines = valueInForce(ctx.params, 'deadlines', null, ctx.date);
        if (!deadlines) return { status: 'unknown', reason: 'no-limits' };
        const t = trackContract(f, ctx.date, deadlines);
        if (!t) return null;
        const base = { day: t.day, dueBy: t.dueBy, from: t.doubleWageFrom, openEnded: t.deemedOpenEndedOn };
        const owed = t.doubleWage
          ? {
              months: t.doubleWage.months,
              amount: t.doubleWage.amount === null ? '—' : money(t.doubleWage.amount),
              to: t.doubleWage.to,
            }
          : { months: 0, amount: money(0), to: '—' };
        switch (t.state) {
          case 'first-weeks':
            return { status: 'not-due', reason: 'first-weeks', params: base };
          case 'signed-in-time':
            return { status: 'pass', reason: 'signed-in-time', params: base };
          case 'reminder':
            return { status: 'warn', reason: 'reminder', params: base };
          case 'signed-late':
            return {
              status: 'fail',
              reason: t.doubleWage ? 'signed-late' : 'signed-on-first-late-day',
              params: { ...base, ...owed },
            };
          case 'double-wage':
            return {
              status: 'fail',
              reason: owed.amount === '—' ? 'double-wage-no-amount' : 'double-wage',
              params: { ...base, ...owed },
            };
          case 'open-ended-deemed':
            return { status: 'fail', reason: 'open-ended-deemed', params: { ...base, ...owed } };
          case 'unknown':
            return missing(f.contractStatus === null ? 'contractStatus' : 'contractSignedOn');
        }
      },
      reasons: {
        'first-weeks': {
          explanation: {
            zh: '用工第 {day} 天，书面劳动合同最迟在 {dueBy} 前签订。',
            en: 'Day {day} of work; the written contract is due by {dueBy}.',
          },
          nextStep: {
            zh: '提醒劳动者：签合同时看清工资、工时和岗位，自己留一份。',
            en: 'Remind the worker: check pay, hours and job in the contract, and keep a copy.',
          },
        },
        'signed-in-time': {
          explanation: {
            zh: '已在用工一个月内签订书面劳动合同。',
            en: 'A written contract was signed within the first month.',
          },
          nextStep: { zh: '确认劳动者本人持有一份合同。', en: 'Check the worker holds a copy.' },
        },
        reminder: {
          explanation: {
            zh: '用工第 {day} 天仍未签订书面劳动合同，最迟 {dueBy} 要签；从 {from} 起用人单位须支付双倍工资。',
            en: 'Day {day} and still no written contract: it is due by {dueBy}; from {from} the employer owes double wages.',
          },
          nextStep: {
            zh: '今天联系用人单位，提醒其在 {dueBy} 前签订合同。',
            en: 'Contact the employer today and remind them to sign by {dueBy}.',
          },
        },
        'signed-late': {
          explanation: {
            zh: '合同签订晚于 {dueBy}。从 {from} 到 {to} 约 {months} 个月，用人单位应每月再付一倍工资，估算约 {amount} 元。',
            en: 'The contract was signed after {dueBy}. From {from} to {to}, about {months} months, the employer owes a second wage each month: an estimated {amount} yuan.',
          },
          nextStep: {
            zh: '告知劳动者可主张双倍工资差额（自知道之日起一年内申请仲裁）；先尝试调解。',
            en: 'Tell the worker they can claim the extra wages (arbitration within one year); try mediation first.',
          },
        },
        'signed-on-first-late-day': {
          explanation: {
            zh: '合同在 {from} 才签订，晚于 {dueBy}：超过了一个月的期限，但尚未产生双倍工资。',
            en: 'The contract was signed on {from}, after {dueBy}: past the one-month limit, though no double wages are owed yet.',
          },
          nextStep: {
            zh: '提醒用人单位今后在一个月内签订；确认劳动者持有合同。',
            en: 'Remind the employer to sign within the month in future; check the worker holds a copy.',
          },
        },
        'double-wage': {
          explanation: {
            zh: '用工第 {day} 天仍无书面劳动合同。从 {from} 起用人单位应支付双倍工资：到 {to} 约 {months} 个月，估算另付约 {amount} 元。',
            en: 'Day {day} with no written contract. Since {from} the employer owes double wages: about {months} months to {to}, an estimated extra {amount} yuan.',
          },
          nextStep: {
            zh: '立即督促签订合同；帮助劳动者保存工资和出勤证据，申请调解或向劳动监察投诉。',
            en: 'Press for a contract now; help the worker keep pay and attendance evidence; apply for mediation or complain to labour inspection.',
          },
        },
        'double-wage-no-amount': {
          explanation: {
            zh: '用工第 {day} 天仍无书面劳动合同，从 {from} 起用人单位应支付双倍工资（约 {months} 个月；月工资未知，无法估算金额）。',
            en: 'Day {day} with no written contract: since {from} the employer owes double wages (about {months} months; the monthly wage is not known, so no amount).',
          },
          nextStep: {
            zh: '登记实际月工资以估算金额；督促签订合同。',
            en: 'Record the actual monthly pay to estimate the amount; press for a contract.',
          },
        },
        'open-ended-deemed': {
          explanation: {
            zh: '用工满一年仍无书面合同：自 {openEnded} 起视为已订立无固定期限劳动合同；此前11个月的双倍工资估算约 {amount} 元。',
            en: 'A year without a written contract: from {openEnded} an open-ended contract is deemed concluded; the 11 months of double wages before it come to an estimated {amount} yuan.',
          },
          nextStep: {
            zh: '要求补签无固定期限劳动合同；申请调解或仲裁主张双倍工资。',
            en: 'Ask for an open-ended contract in writing; apply for mediation or arbitration for the double wages.',
          },
        },
      },
    }),
  ),
  forLabourRelation(PROBATION_CHECK),
];
