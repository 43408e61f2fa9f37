import { cite } from '../legal';
import { valueInForce } from '../parameters/lookup';
import { defineCheck, type Check, type Status, type Verdict } from '../types';
import { missing, NOTHING_TO_DO } from './common';

const WEEKS_PER_MONTH = 52 / 12;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Known parts decide a fail; otherwise all must be known. */
function combine(parts: readonly (Status | null)[]): Status {
  if (parts.includes('fail')) return 'fail';
  if (parts.includes(null)) return 'unknown';
  return parts.includes('warn') ? 'warn' : 'pass';
}

const BREAKS_OR_OVERTIME = {
  zh: '如果有午休，在时间表上把午休时间留空（例如 12:00–13:00 不涂）；否则向用人单位核实加班是否自愿并按规定付费。',
  en: 'If there is a lunch break, leave it blank in the week grid (e.g. 12:00–13:00); otherwise check with the employer that overtime is voluntary and paid at the premium.',
};
const CHANGE_SCHEDULE = {
  zh: '请用人单位调整排班后再发布；已在岗的可向劳动监察反映。',
  en: 'Ask the employer to change the schedule before publishing; for current workers, report to labour inspection.',
};

/** Working time: daily and weekly hours, rest days, genuine part-time work and monthly overtime. */
export const WORKING_TIME_CHECKS: readonly Check[] = [
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
      if (status === 'pass') return { status, reason: 'within', params };
      // The message names the figure that is over the limit, and says the other one is within it.
      const worst = status === 'fail' ? 'fail' : 'warn';
      const which = dayStatus === worst && weekStatus === worst ? '' : dayStatus === worst ? '-day' : '-week';
      return { status, reason: `${status === 'fail' ? 'beyond-overtime' : 'overtime'}${which}`, params };
    },
    reasons: {
      within: {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，在每天 {dayMax}、每周 {weekMax} 小时以内。',
          en: 'At most {day} h a day and {week} h a week: within {dayMax} h a day and {weekMax} h a week.',
        },
        nextStep: NOTHING_TO_DO,
      },
      overtime: {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，都超过了标准工时（每天 {dayMax}、每周 {weekMax} 小时）。时间表上涂了的都算工作时间：午休、吃饭时间请留空。若不含休息时间，超出部分是加班：须协商同意，每月不超过 {monthCap} 小时，并支付加班费。',
          en: 'Up to {day} h a day and {week} h a week: both beyond standard hours ({dayMax} a day, {weekMax} a week). Every marked half-hour counts as work: leave meal breaks blank. Without breaks, the excess is overtime: it needs agreement, at most {monthCap} h a month, and overtime pay.',
        },
        nextStep: BREAKS_OR_OVERTIME,
      },
      'overtime-day': {
        explanation: {
          zh: '最长一天 {day} 小时，超过了每天 {dayMax} 小时的标准工时（每周 {week} 小时，在 {weekMax} 小时以内）。时间表上涂了的都算工作时间：午休、吃饭时间请留空。若不含休息时间，超出部分是加班：须协商同意，每月不超过 {monthCap} 小时，并支付加班费。',
          en: 'Up to {day} h a day: beyond the standard {dayMax} h a day ({week} h a week is within {weekMax}). Every marked half-hour counts as work: leave meal breaks blank. Without breaks, the excess is overtime: it needs agreement, at most {monthCap} h a month, and overtime pay.',
        },
        nextStep: BREAKS_OR_OVERTIME,
      },
      'overtime-week': {
        explanation: {
          zh: '每周 {week} 小时，超过了每周 {weekMax} 小时的标准工时（每天最长 {day} 小时，在 {dayMax} 小时以内）。时间表上涂了的都算工作时间：午休、吃饭时间请留空。若不含休息时间，超出部分是加班：须协商同意，每月不超过 {monthCap} 小时，并支付加班费。',
          en: '{week} h a week: beyond the standard {weekMax} h a week (at most {day} h a day is within {dayMax}). Every marked half-hour counts as work: leave meal breaks blank. Without breaks, the excess is overtime: it needs agreement, at most {monthCap} h a month, and overtime pay.',
        },
        nextStep: BREAKS_OR_OVERTIME,
      },
      'beyond-overtime': {
        explanation: {
          zh: '最长一天 {day} 小时、每周 {week} 小时，都超过了加班上限（每天最多 {dayCap} 小时，每周约 {weekCap} 小时）。',
          en: 'Up to {day} h a day and {week} h a week: both beyond the overtime ceiling (at most {dayCap} h a day, about {weekCap} h a week).',
        },
        nextStep: CHANGE_SCHEDULE,
      },
      'beyond-overtime-day': {
        explanation: {
          zh: '最长一天 {day} 小时，超过了加班上限（每天最多 {dayCap} 小时）。',
          en: 'Up to {day} h a day: beyond the overtime ceiling of {dayCap} h a day.',
        },
        nextStep: CHANGE_SCHEDULE,
      },
      'beyond-overtime-week': {
        explanation: {
          zh: '每周 {week} 小时，超过了加班上限（每周约 {weekCap} 小时）。',
          en: '{week} h a week: beyond the overtime ceiling of about {weekCap} h a week.',
        },
        nextStep: CHANGE_SCHEDULE,
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
      rests: { explanation: { zh: '每周休息 {days} 天。', en: '{days} rest days a week.' }, nextStep: NOTHING_TO_DO },
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
        nextStep: NOTHING_TO_DO,
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
];
