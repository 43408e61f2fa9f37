import { addDays } from '../dates';
import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { defineCheck, type Check } from '../types';
import { missing, NOTHING_TO_DO } from './common';

/** Occupational safety and health: work-injury recognition deadlines and the protection of pregnant and nursing women. */
export const HEALTH_SAFETY_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'osh.work-injury',
    cluster: 'occupational-safety-and-health',
    point: 'work-injury',
    question: { zh: '工伤是否在期限内申请认定？', en: 'Was a work injury reported for recognition in time?' },
    severity: 'high',
    sources: [cite('work-injury-regulations', 'art. 17, 62')],
    reads: ['injuryOccurred', 'injuryDate', 'injuryReportedOn'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['hotline-12333', 'labour-inspection'],
    evaluate: (f, ctx) => {
      if (f.injuryOccurred === null) return missing('injuryOccurred');
      if (!f.injuryOccurred) return { status: 'pass', reason: 'no-injury' };
      if (f.injuryDate === null) return missing('injuryDate');
      const d = valueInForce(ctx.params, 'deadlines', null, ctx.date);
      if (!d) return { status: 'unknown', reason: 'no-limits' };
      const employerBy = addDays(f.injuryDate, d.injuryEmployerApplicationDays - 1);
      const workerBy = addDays(f.injuryDate, d.injuryWorkerApplicationDays - 1);
      const params = { employerBy, workerBy };
      const reported = f.injuryReportedOn;
      if (reported === null) return missing('injuryReportedOn');
      if (reported !== 'not-reported' && reported <= ctx.date)
        return reported <= employerBy
          ? { status: 'pass', reason: 'reported', params }
          : { status: 'warn', reason: 'reported-late', params };
      if (ctx.date <= employerBy) return { status: 'warn', reason: 'report-now', params };
      return ctx.date <= workerBy
        ? { status: 'fail', reason: 'employer-missed', params }
        : { status: 'fail', reason: 'worker-deadline-passed', params };
    },
    reasons: {
      'no-injury': { explanation: { zh: '没有发生工伤。', en: 'No work injury.' }, nextStep: NOTHING_TO_DO },
      reported: {
        explanation: { zh: '已按时申请工伤认定。', en: 'The injury was reported for recognition in time.' },
        nextStep: { zh: '跟进认定结果和待遇支付。', en: 'Follow the decision and the benefits.' },
      },
      'reported-late': {
        explanation: {
          zh: '工伤认定申请晚于 {employerBy}：此前的费用由用人单位负担。',
          en: 'Reported after {employerBy}: the employer bears the costs until it was.',
        },
        nextStep: { zh: '跟进认定结果。', en: 'Follow the decision.' },
      },
      'report-now': {
        explanation: {
          zh: '用人单位须在 {employerBy} 前申请工伤认定。',
          en: 'The employer must apply for injury recognition by {employerBy}.',
        },
        nextStep: {
          zh: '今天提醒用人单位申请；保存病历和事故证明。',
          en: 'Remind the employer today; keep medical records and accident evidence.',
        },
      },
      'employer-missed': {
        explanation: {
          zh: '用人单位未在 {employerBy} 前申请工伤认定；劳动者本人或近亲属可在 {workerBy} 前直接申请。',
          en: 'The employer did not apply by {employerBy}; the worker or close family may apply directly until {workerBy}.',
        },
        nextStep: {
          zh: '帮助劳动者向县人社局申请工伤认定；未参保的由用人单位支付工伤待遇。',
          en: 'Help the worker apply to the county HR bureau; an uninsured employer pays the benefits itself.',
        },
      },
      'worker-deadline-passed': {
        explanation: { zh: '已超过一年申请期限（{workerBy}）。', en: 'The one-year deadline ({workerBy}) has passed.' },
        nextStep: {
          zh: '拨打12333咨询是否有正当理由可延长；考虑仲裁。',
          en: 'Call 12333 about an extension for good cause; consider arbitration.',
        },
      },
    },
  }),
  defineCheck({
    id: 'osh.pregnancy-breastfeeding',
    cluster: 'occupational-safety-and-health',
    point: 'women-workers',
    question: {
      zh: '怀孕7个月以上或哺乳未满1周岁婴儿的女职工是否被安排加班或夜班？',
      en: 'Is a woman 7+ months pregnant or breastfeeding a baby under one given overtime or night shifts?',
    },
    severity: 'high',
    // month of pregnancy from the recorded due date (maternity.ts): 7 months = 28 weeks
    sources: [cite('women-protection-provisions', 'art. 6, 9')],
    reads: ['sex', 'pregnancyMonths', 'breastfeedingUnderOne', 'nightOrOvertimeWork'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f) => {
      if (f.sex === null) return missing('sex');
      if (f.sex === 'male') return null;
      const late = f.pregnancyMonths === null ? null : f.pregnancyMonths >= 7;
      const protectedNow =
        late === true || f.breastfeedingUnderOne === true
          ? true
          : late === false && f.breastfeedingUnderOne === false
            ? false
            : null;
      if (protectedNow === null) return missing(late === null ? 'pregnancyMonths' : 'breastfeedingUnderOne');
      if (!protectedNow) return null;
      if (f.nightOrOvertimeWork === null) return missing('nightOrOvertimeWork');
      return f.nightOrOvertimeWork
        ? { status: 'fail', reason: 'night-or-overtime' }
        : { status: 'pass', reason: 'protected' };
    },
    reasons: {
      protected: {
        explanation: {
          zh: '孕晚期或哺乳期女职工没有被安排加班和夜班。',
          en: 'The woman, late in pregnancy or breastfeeding, works no overtime or night shifts.',
        },
        nextStep: {
          zh: '提醒：每天1小时哺乳时间；产假98天。',
          en: 'Reminder: one hour a day for breastfeeding; 98 days of maternity leave.',
        },
      },
      'night-or-overtime': {
        explanation: {
          zh: '怀孕7个月以上或哺乳未满1周岁婴儿的女职工被安排了加班或夜班，这是禁止的。',
          en: 'A woman 7+ months pregnant or breastfeeding a baby under one works overtime or night shifts: this is prohibited.',
        },
        nextStep: {
          zh: '要求用人单位停止安排，并在劳动时间内安排休息；不改正的向劳动监察投诉。',
          en: 'Ask the employer to stop and to allow rest in working time; if not, complain to labour inspection.',
        },
      },
    },
  }),
];
