import { addDays } from '../dates';
import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { defineCheck, type Check, type ReasonText, type Status, type Verdict } from '../types';
import { missing } from './common';

const nothingToDo: ReasonText['nextStep'] = { zh: '无需处理。', en: 'Nothing to do.' };
const WEEKS_PER_MONTH = 52 / 12;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Known parts decide a fail; otherwise all must be known. */
function combine(parts: readonly (Status | null)[]): Status {
  if (parts.includes('fail')) return 'fail';
  if (parts.includes(null)) return 'unknown';
  return parts.includes('warn') ? 'warn' : 'pass';
}

export const TIME_SAFETY_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'hours.limits',
    cluster: 'working-time',
    point: 'regular-hours-and-overtime',
    question: { zh: '每天、每周工作时间是否在法定范围内？', en: 'Are daily and weekly hours within the legal limits?' },
    severity: 'high',
    sources: [cite('working-hours-provisions', 'art. 3'), cite('labour-law', 'art. 36, 41')],
    reads: ['maxHoursPerDay', 'hoursPerWeek'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f, ctx): Verdict => {
      const l = valueInForce(ctx.params, 'hour-limits', null, ctx.date);
      if (!l) return { status: 'unknown', reason: 'no-limits' };
      const weeklyOvertimeMax = l.overtimeMonthlyMax / WEEKS_PER_MONTH;
      const day = f.maxHoursPerDay;
      const week = f.hoursPerWeek;
      const dayStatus: Status | null =
        day === null
          ? null
          : day > l.standardDailyHours + l.overtimeDailyMax
            ? 'fail'
            : day > l.standardDailyHours
              ? 'warn'
              : 'pass';
      const weekStatus: Status | null =
        week === null
          ? null
          : week > l.standardWeeklyHours + weeklyOvertimeMax
            ? 'fail'
            : week > l.standardWeeklyHours
              ? 'warn'
              : 'pass';
      const status = combine([dayStatus, weekStatus]);
      const params = {
        day: day ?? '—',
        week: week ?? '—',
        dayMax: l.standardDailyHours,
        weekMax: l.standardWeeklyHours,
        dayCap: l.standardDailyHours + l.overtimeDailyMax,
        weekCap: round1(l.standardWeeklyHours + weeklyOvertimeMax),
        monthCap: l.overtimeMonthlyMax,
      };
      if (status === 'unknown') return missing(day === null ? 'maxHoursPerDay' : 'hoursPerWeek');
      return {
        status,
        reason: status === 'fail' ? 'beyond-overtime' : status === 'warn' ? 'overtime' : 'within',
        params,
      };
    },
    reasons: {
      within: {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，在每天 {dayMax}、每周 {weekMax} 小时以内。',
          en: 'At most {day} h a day and {week} h a week: within {dayMax} h a day and {weekMax} h a week.',
        },
        nextStep: nothingToDo,
      },
      overtime: {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，超过标准工时（每天 {dayMax}、每周 {weekMax} 小时）。若不含午休，超出部分是加班：须协商同意，每月不超过 {monthCap} 小时，并支付加班费。',
          en: 'Up to {day} h a day and {week} h a week, beyond standard hours ({dayMax} a day, {weekMax} a week). Unless this includes meal breaks, the excess is overtime: it needs agreement, at most {monthCap} h a month, and overtime pay.',
        },
        nextStep: {
          zh: '向用人单位核实是否含休息时间、加班是否自愿并按规定付费。',
          en: 'Check with the employer whether breaks are included, and that overtime is voluntary and paid at the premium.',
        },
      },
      'beyond-overtime': {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，超过了加班上限（每天最多 {dayCap} 小时，每周约 {weekCap} 小时）。',
          en: 'Up to {day} h a day and {week} h a week: beyond the overtime ceiling (at most {dayCap} h a day, about {weekCap} h a week).',
        },
        nextStep: {
          zh: '请用人单位调整排班后再发布；已在岗的可向劳动监察反映。',
          en: 'Ask the employer to change the schedule before publishing; for current workers, report to labour inspection.',
        },
      },
    },
  }),
  defineCheck({
    id: 'hours.rest-day',
    cluster: 'working-time',
    point: 'rest',
    question: { zh: '每周是否至少休息一天？', en: 'Is there at least one rest day a week?' },
    severity: 'high',
    sources: [cite('labour-law', 'art. 38')],
    reads: ['restDaysPerWeek'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection'],
    evaluate: (f, ctx) => {
      const l = valueInForce(ctx.params, 'hour-limits', null, ctx.date);
      if (!l) return { status: 'unknown', reason: 'no-limits' };
      if (f.restDaysPerWeek === null) return missing('restDaysPerWeek');
      return f.restDaysPerWeek >= l.minRestDaysPerWeek
        ? { status: 'pass', reason: 'rests', params: { days: f.restDaysPerWeek } }
        : { status: 'fail', reason: 'no-rest', params: { days: f.restDaysPerWeek } };
    },
    reasons: {
      rests: { explanation: { zh: '每周休息 {days} 天。', en: '{days} rest days a week.' }, nextStep: nothingToDo },
      'no-rest': {
        explanation: { zh: '每周没有完整的休息日。', en: 'No full rest day in the week.' },
        nextStep: {
          zh: '请用人单位每周安排至少一天休息；休息日加班须另付200%工资或补休。',
          en: 'Ask the employer for at least one rest day a week; rest-day work needs 200% pay or time off in lieu.',
        },
      },
    },
  }),
  defineCheck({
    id: 'hours.part-time-genuine',
    cluster: 'working-time',
    point: 'part-time',
    question: {
      zh: '"非全日制"岗位是否平均每天不超过4小时、每周不超过24小时？',
      en: 'Is the "part-time" job at most 4 h a day on average and 24 h a week?',
    },
    severity: 'high',
    sources: [cite('labour-contract-law', 'art. 68, 69, 70, 71, 72')],
    reads: ['contractKind', 'avgHoursPerWorkDay', 'hoursPerWeek'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'mediation'],
    evaluate: (f, ctx) => {
      if (f.contractKind === null) return missing('contractKind');
      if (f.contractKind !== 'part-time') return null;
      const l = valueInForce(ctx.params, 'hour-limits', null, ctx.date);
      if (!l) return { status: 'unknown', reason: 'no-limits' };
      const avg = f.avgHoursPerWorkDay;
      const week = f.hoursPerWeek;
      const status = combine([
        avg === null ? null : avg > l.partTimeDailyAverageMax ? 'fail' : 'pass',
        week === null ? null : week > l.partTimeWeeklyMax ? 'fail' : 'pass',
      ]);
      const params = {
        avg: avg === null ? '—' : round1(avg),
        week: week ?? '—',
        avgMax: l.partTimeDailyAverageMax,
        weekMax: l.partTimeWeeklyMax,
      };
      if (status === 'unknown') return missing(avg === null ? 'avgHoursPerWorkDay' : 'hoursPerWeek');
      return { status, reason: status === 'fail' ? 'not-part-time' : 'part-time', params };
    },
    reasons: {
      'part-time': {
        explanation: {
          zh: '平均每天 {avg} 小时、每周 {week} 小时，符合非全日制用工（≤{avgMax} 小时/天，≤{weekMax} 小时/周）。',
          en: '{avg} h a day on average and {week} h a week: genuine part-time work (≤{avgMax} h/day, ≤{weekMax} h/week).',
        },
        nextStep: {
          zh: '提醒：工资至少每15天结算一次，不得约定试用期。',
          en: 'Reminder: pay at least every 15 days, and no probation.',
        },
      },
      'not-part-time': {
        explanation: {
          zh: '平均每天 {avg} 小时、每周 {week} 小时，超过非全日制上限（{avgMax} 小时/天，{weekMax} 小时/周），实际是全日制用工，须签劳动合同、缴社保、适用月最低工资。',
          en: '{avg} h a day on average and {week} h a week, beyond part-time limits ({avgMax} h/day, {weekMax} h/week): this is full-time employment, needing a contract, social insurance and the monthly minimum wage.',
        },
        nextStep: {
          zh: '请用人单位缩短工时，或按全日制用工签合同。',
          en: 'Ask the employer to cut the hours, or to employ full-time with a contract.',
        },
      },
    },
  }),
  defineCheck({
    id: 'hours.overtime-monthly',
    cluster: 'working-time',
    point: 'regular-hours-and-overtime',
    question: { zh: '每月加班是否不超过36小时？', en: 'Is overtime at most 36 hours a month?' },
    severity: 'high',
    sources: [cite('labour-law', 'art. 41')],
    reads: ['overtimeHoursLastMonth'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['labour-inspection'],
    evaluate: (f, ctx) => {
      const l = valueInForce(ctx.params, 'hour-limits', null, ctx.date);
      if (!l) return { status: 'unknown', reason: 'no-limits' };
      if (f.overtimeHoursLastMonth === null) return missing('overtimeHoursLastMonth');
      const params = { hours: f.overtimeHoursLastMonth, max: l.overtimeMonthlyMax };
      return f.overtimeHoursLastMonth > l.overtimeMonthlyMax
        ? { status: 'fail', reason: 'too-much', params }
        : { status: 'pass', reason: 'within', params };
    },
    reasons: {
      within: {
        explanation: {
          zh: '上月加班 {hours} 小时，未超过 {max} 小时。',
          en: '{hours} h of overtime last month, within {max} h.',
        },
        nextStep: nothingToDo,
      },
      'too-much': {
        explanation: {
          zh: '上月加班 {hours} 小时，超过每月 {max} 小时的上限。',
          en: '{hours} h of overtime last month, beyond the {max} h monthly limit.',
        },
        nextStep: {
          zh: '向用人单位指出并记录；持续超时可向劳动监察反映。',
          en: 'Raise it with the employer and note it; if it continues, report to labour inspection.',
        },
      },
    },
  }),
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
      'no-injury': { explanation: { zh: '没有发生工伤。', en: 'No work injury.' }, nextStep: nothingToDo },
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
    sources: [cite('women-protection-provisions', 'art. 5, 6, 9')],
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
