import { cite } from '../legal';
import { minimumWageFor, valueInForce } from '../parameters/lookup';
import { minimumWageVerdict } from '../pay';
import { defineCheck, type Check, type EvalContext, type ReasonText, type Verdict } from '../types';
import type { Facts } from '../facts';
import { missing, NOTHING_TO_DO } from './common';

/** Minimum wage: time pay and piece rates measured against the local minimum in force (one verdict, two checks). */
type WageFacts = Pick<
  Facts,
  'areaCode' | 'payKind' | 'payAmount' | 'piecesPerHour' | 'contractKind' | 'hoursPerWeek' | 'avgHoursPerWorkDay'
>;

function wageVerdict(f: WageFacts, ctx: EvalContext): Verdict {
  if (f.payKind === null || f.payAmount === null) return missing('payKind', 'payAmount');
  if (f.areaCode === null) return missing('areaCode');
  return minimumWageVerdict(
    f,
    minimumWageFor(ctx.params, f.areaCode, ctx.date),
    valueInForce(ctx.params, 'hour-limits', f.areaCode, ctx.date),
  );
}

const WAGE_REASONS: Readonly<Record<string, ReasonText>> = {
  'at-or-above': {
    explanation: {
      zh: '工资折合 {value} 元，不低于当地最低工资标准（{floor} 元；{sources}）。',
      en: 'Pay works out at {value} yuan, not below the local minimum ({floor} yuan; {sources}).',
    },
    nextStep: NOTHING_TO_DO,
  },
  'below-monthly': {
    explanation: {
      zh: '月工资 {value} 元低于当地月最低工资标准 {floor} 元（{sources}）。',
      en: 'Monthly pay of {value} yuan is below the local monthly minimum of {floor} yuan ({sources}).',
    },
    nextStep: {
      zh: '请用人单位把工资提高到最低工资标准以上；已发生的差额可向劳动监察投诉追回。',
      en: 'Ask the employer to raise pay to at least the minimum; arrears can be claimed through labour inspection.',
    },
  },
  'below-monthly-equivalent': {
    explanation: {
      zh: '折合每小时 {value} 元，低于月最低工资标准按标准工时（每月174小时）折算的 {floor} 元（{sources}）。',
      en: 'This works out at {value} yuan an hour, below the monthly minimum spread over standard hours (174 a month): {floor} yuan ({sources}).',
    },
    nextStep: {
      zh: '请用人单位提高工资或计件单价；已发生的差额可向劳动监察投诉追回。',
      en: 'Ask the employer to raise the pay or the piece rate; arrears can be claimed through labour inspection.',
    },
  },
  'below-hourly': {
    explanation: {
      zh: '折合每小时 {value} 元，低于当地小时最低工资标准 {floor} 元（{sources}）。',
      en: 'This works out at {value} yuan an hour, below the local hourly minimum of {floor} yuan ({sources}).',
    },
    nextStep: {
      zh: '请用人单位把小时工资（或计件单价）提高到标准以上后再发布。',
      en: 'Ask the employer to raise the hourly pay (or piece rate) to at least the minimum before publishing.',
    },
  },
  'below-hourly-full-time': {
    explanation: {
      zh: '折合每小时 {value} 元，低于小时最低工资标准 {floor} 元。全日制用工适用月最低工资标准，只有每月实得工资不低于月标准才合法。',
      en: "This works out at {value} yuan an hour, below the hourly minimum of {floor} yuan. Full-time work is held to the monthly minimum: legal only if a month's pay reaches it.",
    },
    nextStep: {
      zh: '核实每月实发工资和工时；建议用人单位提高工资。',
      en: 'Check the actual monthly pay and hours; suggest the employer raises the pay.',
    },
  },
  'below-hourly-which-standard': {
    explanation: {
      zh: '折合每小时 {value} 元，低于当地小时最低工资标准 {hourly} 元（{sources}）。适用哪个标准取决于用工性质：非全日制用工（平均每天不超过4小时、每周不超过24小时）适用小时标准，低于即违法；全日制用工适用月标准 {monthly} 元，只有每月实得工资达到月标准才合法。',
      en: 'This works out at {value} yuan an hour, below the local hourly minimum of {hourly} yuan ({sources}). Which standard applies depends on the kind of work: part-time work (on average at most 4 h a day and 24 h a week) is held to the hourly minimum, and is unlawful below it; full-time work is held to the monthly minimum of {monthly} yuan and is lawful only if a month’s pay reaches it.',
    },
    nextStep: {
      zh: '问清楚：这是不是劳动关系（谁安排活、怎么结算）？每天、每周实际做几个小时？正常熟练的人每小时做多少件？登记合同类型和工作时间后再检查；达不到标准的，请用人单位提高计件单价或工资。',
      en: 'Ask: is this employment (who assigns the work, how it is settled)? How many hours a day and a week are actually worked? How many pieces does a normal, practised worker make an hour? Record the contract kind and the hours, then check again; if the pay falls short, ask the employer to raise the rate.',
    },
  },
  'lowest-tier-only': {
    explanation: {
      zh: '按本省最低档：工资折合 {value} 元，达到本省最低一档（{floor} 元）；但本县属于哪一档尚未登记，本省各档月标准 {monthlyTiers} 元、小时标准 {hourlyTiers} 元，若本县属于较高档则低于标准，请县级管理员登记本县所属档次（{sources}）。',
      en: "By the province's lowest tier: pay works out at {value} yuan, meeting the lowest tier ({floor} yuan); but this county's tier is not recorded, and the province's tiers are {monthlyTiers} yuan a month and {hourlyTiers} yuan an hour, so in a higher tier it would fall short: ask the county admin to record this county's tier ({sources}).",
    },
    nextStep: {
      zh: '请县级管理员在“劳动规则参数”中登记本县所属档次（见本省最低工资文件的附件）；登记前请对照本县实际档次核实工资。',
      en: "Ask the county admin to record this county's tier under “Labour rule parameters” (the province's minimum-wage notice lists them); until then check the pay against the county's actual tier.",
    },
  },
  'below-minimum': {
    explanation: {
      zh: '无论按哪种标准折算，工资都低于当地最低工资（{floor} 元；{sources}）。',
      en: 'However it is converted, the pay is below the local minimum ({floor} yuan; {sources}).',
    },
    nextStep: {
      zh: '请用人单位把工资提高到最低工资标准以上。',
      en: 'Ask the employer to raise pay to at least the minimum.',
    },
  },
};

export const MINIMUM_WAGE_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'pay.minimum-wage',
    cluster: 'compensation',
    point: 'minimum-wage',
    question: {
      zh: '标准工时内的工资是否不低于当地最低工资标准？',
      en: 'Is pay for standard hours at least the local minimum wage?',
    },
    severity: 'high',
    sources: [cite('minimum-wage-provisions', 'art. 5, 12')],
    reads: ['areaCode', 'payKind', 'payAmount', 'piecesPerHour', 'contractKind', 'hoursPerWeek', 'avgHoursPerWorkDay'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f, ctx) => (f.payKind === 'piece' ? null : wageVerdict(f, ctx)),
    reasons: WAGE_REASONS,
  }),
  defineCheck({
    id: 'pay.piece-rate',
    cluster: 'compensation',
    point: 'minimum-wage',
    question: {
      zh: '计件单价 × 正常工人每小时产量 是否达到最低工资？',
      en: "Does the piece rate × a normal worker's hourly output reach the minimum wage?",
    },
    severity: 'high',
    sources: [cite('labour-law', 'art. 37'), cite('minimum-wage-provisions', 'art. 12')],
    reads: ['areaCode', 'payKind', 'payAmount', 'piecesPerHour', 'contractKind', 'hoursPerWeek', 'avgHoursPerWorkDay'],
    contexts: ['posting', 'placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f, ctx) => {
      if (f.payKind === null) return missing('payKind');
      if (f.payKind !== 'piece') return null;
      if (f.piecesPerHour === null) return missing('piecesPerHour');
      return wageVerdict(f, ctx);
    },
    reasons: WAGE_REASONS,
  }),
];
