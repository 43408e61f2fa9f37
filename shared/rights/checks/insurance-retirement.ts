import { addDays } from '../dates';
import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { pastRetirementAge } from '../retirement';
import { defineCheck, type Check } from '../types';
import { missing, NOTHING_TO_DO } from './common';
import { forLabourRelation, labourRelation, RELATION_READS } from '../labour-relation';

export const INSURANCE_RETIREMENT_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'insurance.offered',
    cluster: 'contracts-and-hr',
    point: 'social-insurance',
    question: { zh: '岗位是否提供社会保险？', en: 'Does the job come with social insurance?' },
    severity: 'high',
    sources: [cite('social-insurance-law', 'art. 58'), cite('part-time-insurance-notice', '')],
    reads: ['contractKind', 'socialInsuranceOffered'],
    contexts: ['posting'],
    evidence: 'record',
    referral: ['hotline-12333', 'labour-inspection'],
    evaluate: (f) => {
      if (f.contractKind === null) return missing('contractKind');
      if (f.contractKind === 'labour-service') return null;
      if (f.socialInsuranceOffered === null) return missing('socialInsuranceOffered');
      if (f.socialInsuranceOffered) return { status: 'pass', reason: 'offered' };
      return f.contractKind === 'labour'
        ? { status: 'fail', reason: 'not-offered' }
        : { status: 'warn', reason: f.contractKind === 'part-time' ? 'part-time-injury' : 'no-contract' };
    },
    reasons: {
      offered: {
        explanation: { zh: '岗位提供社会保险。', en: 'The job comes with social insurance.' },
        nextStep: NOTHING_TO_DO,
      },
      'not-offered': {
        explanation: {
          zh: '签订劳动合同的全日制岗位必须缴纳五项社会保险，岗位信息写明不缴。',
          en: 'A full-time job under a labour contract must carry the five social insurances; the posting says it does not.',
        },
        nextStep: {
          zh: '请用人单位改为依法参保后再发布。',
          en: 'Ask the employer to insure the post as the law requires before publishing.',
        },
      },
      'part-time-injury': {
        explanation: {
          zh: '非全日制用工至少要缴纳工伤保险，岗位信息写明不缴社保。',
          en: 'Part-time work needs at least work-injury insurance; the posting says no social insurance.',
        },
        nextStep: {
          zh: '向用人单位确认是否缴纳工伤保险。',
          en: 'Ask the employer whether work-injury insurance is paid.',
        },
      },
      'no-contract': {
        explanation: {
          zh: '不签合同、不缴社保：如果实际是长期用工，仍属劳动关系，应签合同并参保。',
          en: 'No contract and no insurance: if this is in fact ongoing employment, it is still a labour relationship that needs a contract and insurance.',
        },
        nextStep: {
          zh: '向用人单位说明用工性质，建议签合同并参保（至少工伤保险）。',
          en: 'Explain the nature of the work to the employer; suggest a contract and insurance (at least work injury).',
        },
      },
    },
  }),
  forLabourRelation(
    defineCheck({
      id: 'insurance.registered',
      cluster: 'contracts-and-hr',
      point: 'social-insurance',
      question: {
        zh: '用工30日内是否办理了社会保险登记？',
        en: 'Was the worker registered for social insurance within 30 days of starting?',
      },
      severity: 'high',
      sources: [cite('social-insurance-law', 'art. 58'), cite('part-time-insurance-notice', '')],
      reads: ['contractKind', 'startDate', 'socialInsuranceStatus', 'socialInsuranceRegisteredOn'],
      contexts: ['placement'],
      evidence: 'document',
      referral: ['hotline-12333', 'labour-inspection'],
      evaluate: (f, ctx) => {
        if (f.contractKind === null) return missing('contractKind');
        if (f.contractKind === 'labour-service') return null;
        if (f.startDate === null) return missing('startDate');
        const deadlines = valueInForce(ctx.params, 'deadlines', null, ctx.date);
        if (!deadlines) return { status: 'unknown', reason: 'no-limits' };
        const dueBy = addDays(f.startDate, deadlines.socialInsuranceRegistrationDays - 1);
        const params = { dueBy };
        const on = f.socialInsuranceRegisteredOn;
        // a registration dated after the evaluation date had not happened yet on it
        const registered = f.socialInsuranceStatus === 'registered' && (on === null || on <= ctx.date);
        if (registered) {
          if (on === null)
            return ctx.date <= dueBy
              ? { status: 'pass', reason: 'registered', params }
              : missing('socialInsuranceRegisteredOn');
          return on <= dueBy
            ? { status: 'pass', reason: 'registered', params }
            : { status: 'warn', reason: 'late', params: { ...params, on } };
        }
        if (ctx.date <= dueBy) return { status: 'not-due', reason: 'not-yet-due', params };
        if (f.socialInsuranceStatus === null) return missing('socialInsuranceStatus');
        return { status: 'fail', reason: 'not-registered', params };
      },
      reasons: {
        registered: {
          explanation: { zh: '已按时办理社会保险登记。', en: 'Registered for social insurance in time.' },
          nextStep: NOTHING_TO_DO,
        },
        'not-yet-due': {
          explanation: {
            zh: '社会保险登记最迟在 {dueBy} 前办理。',
            en: 'Social-insurance registration is due by {dueBy}.',
          },
          nextStep: { zh: '下次回访时核实是否已参保。', en: 'Check at the next visit that it was done.' },
        },
        late: {
          explanation: {
            zh: '社会保险登记晚于 {dueBy}（{on} 才办理）。',
            en: 'Registered only on {on}, after {dueBy}.',
          },
          nextStep: { zh: '核实是否补缴了此前的保险费。', en: 'Check the earlier contributions were paid.' },
        },
        'not-registered': {
          explanation: {
            zh: '超过 {dueBy} 仍未办理社会保险登记。',
            en: 'Not registered for social insurance although it was due by {dueBy}.',
          },
          nextStep: {
            zh: '督促用人单位参保；不参保的可拨打12333或向劳动监察投诉。',
            en: 'Press the employer to register; if not, call 12333 or complain to labour inspection.',
          },
        },
      },
    }),
  ),
  defineCheck({
    id: 'contract.retirement-age',
    cluster: 'contracts-and-hr',
    point: 'retirement',
    question: { zh: '劳动者是否已达法定退休年龄？', en: 'Has the worker reached the statutory retirement age?' },
    severity: 'medium',
    sources: [cite('labour-contract-regulations', 'art. 21'), cite('retirement-decision', '')],
    reads: ['birthDate', 'sex', 'retirementPost', 'contractKind'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['hotline-12333'],
    evaluate: (f, ctx) => {
      if (f.birthDate === null) return missing('birthDate');
      const schedule = valueInForce(ctx.params, 'retirement-age', null, ctx.date);
      if (!schedule) return { status: 'unknown', reason: 'no-limits' };
      const past = pastRetirementAge(f.birthDate, f.sex, f.retirementPost, ctx.date, schedule);
      if (past === null) return missing(f.sex === null ? 'sex' : 'retirementPost');
      if (!past) return { status: 'pass', reason: 'working-age' };
      return { status: 'warn', reason: f.contractKind === 'labour' ? 'past-with-labour-contract' : 'past' };
    },
    reasons: {
      'working-age': {
        explanation: { zh: '劳动者未达法定退休年龄。', en: 'The worker is below the statutory retirement age.' },
        nextStep: NOTHING_TO_DO,
      },
      past: {
        explanation: {
          zh: '劳动者已达法定退休年龄，用工一般按劳务关系处理：工资、安全和意外伤害保障仍要核实。',
          en: 'The worker is past the statutory retirement age: the work is usually a labour-service relationship; pay, safety and injury cover still need checking.',
        },
        nextStep: {
          zh: '建议用人单位签劳务协议并购买意外伤害保险（或单项工伤保险）。',
          en: 'Suggest a written service agreement and accident (or single work-injury) insurance.',
        },
      },
      'past-with-labour-contract': {
        explanation: {
          zh: '劳动者已达法定退休年龄，劳动合同依法终止，此后为劳务关系。',
          en: 'The worker is past the statutory retirement age: the labour contract ends by law and the work continues as labour service.',
        },
        nextStep: {
          zh: '提醒双方改签劳务协议，明确工资、工时和伤害保障。',
          en: 'Remind both sides to sign a service agreement covering pay, hours and injury cover.',
        },
      },
    },
  }),
  defineCheck({
    id: 'contract.pension-drawn',
    cluster: 'contracts-and-hr',
    point: 'retirement',
    question: { zh: '劳动者是否已领取养老金？', en: 'Does the worker draw a pension?' },
    severity: 'low',
    sources: [cite('labour-contract-regulations', 'art. 21')],
    reads: ['drawsPension', ...RELATION_READS],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['hotline-12333'],
    evaluate: (f, ctx) => {
      if (f.drawsPension === null) return missing('drawsPension');
      if (!f.drawsPension) return { status: 'pass', reason: 'does-not' };
      return { status: 'warn', reason: labourRelation(f, ctx).kind === 'labour' ? 'draws-early' : 'draws' };
    },
    reasons: {
      'does-not': {
        explanation: { zh: '劳动者未领取养老金。', en: 'The worker draws no pension.' },
        nextStep: NOTHING_TO_DO,
      },
      draws: {
        explanation: {
          zh: '劳动者已领取养老金，用工属劳务关系，不再是劳动合同关系。',
          en: 'The worker draws a pension: the work is labour service, not a labour contract.',
        },
        nextStep: { zh: '核实工资、安全和意外伤害保障。', en: 'Check pay, safety and injury cover.' },
      },
      'draws-early': {
        explanation: {
          zh: '劳动者未到法定退休年龄却已领取养老金（提前退休）。已依法办理退休、开始享受基本养老保险待遇的，劳动合同终止，此后属劳务关系，合同和社保登记的检查不再适用。',
          en: 'The worker draws a pension below the statutory retirement age (early retirement). Once retired and drawing the basic pension, the labour contract ends and the work is labour service: the contract and insurance checks no longer apply.',
        },
        nextStep: {
          zh: '核实退休手续（退休证或养老金发放记录）；属实的，建议签劳务协议并购买意外伤害保险。',
          en: 'Check the retirement papers (retirement certificate or pension statement); if so, suggest a service agreement and accident insurance.',
        },
      },
    },
  }),
];
