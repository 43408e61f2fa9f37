import { FACT_LABELS } from '../fact-labels';
import type { FactKey } from '../facts';
import type { ReasonText, Verdict } from '../types';

/** The next step of a passing verdict. */
export const NOTHING_TO_DO: ReasonText['nextStep'] = { zh: '无需处理。', en: 'Nothing to do.' };

/** Reasons any check may give; a check's own table may override them. */
export const COMMON_REASONS: Readonly<Record<string, ReasonText>> = {
  missing: {
    explanation: {
      zh: '缺少判断所需的信息（{fieldsZh}），结果未知。',
      en: 'Information needed to decide is missing ({fieldsEn}); the result is unknown.',
    },
    nextStep: {
      zh: '向劳动者或用人单位核实后补录，再检查一次。',
      en: 'Ask the worker or the employer, record it, and check again.',
    },
  },
  'no-minimum': {
    explanation: {
      zh: '参数表中没有该地区在此日期生效的最低工资标准。',
      en: 'The parameter table has no minimum wage in force for this area on this date.',
    },
    nextStep: {
      zh: '请县级管理员在“劳动规则参数”中录入本地最低工资标准（含文号）。',
      en: 'Ask the county admin to enter the local minimum wage (with its notice number) under “Labour rule parameters”.',
    },
  },
  'no-limits': {
    explanation: {
      zh: '参数表中没有在此日期生效的工时或期限参数。',
      en: 'The parameter table has no working-time or deadline figures in force on this date.',
    },
    nextStep: { zh: '请县级管理员检查规则参数。', en: 'Ask the county admin to check the rule parameters.' },
  },
  'tier-unknown': {
    explanation: {
      zh: '本省最低工资分档，但未登记本地区属于哪一档；按各档比较结果不一致。（{sources}）',
      en: "The province has minimum-wage tiers but this area's tier is not recorded, and the tiers give different answers. ({sources})",
    },
    nextStep: {
      zh: '请县级管理员登记本县所属档次。',
      en: 'Ask the county admin to record which tier this county is in.',
    },
  },
  'full-time-unknown': {
    explanation: {
      zh: '不清楚是全日制还是非全日制用工，两种标准下结论不同。',
      en: 'It is not known whether this is full-time or part-time work, and the two standards give different answers.',
    },
    nextStep: {
      zh: '登记用工形式（合同类型）和每周工作时间。',
      en: 'Record the kind of contract and the weekly hours.',
    },
  },
  'hours-unknown': {
    explanation: {
      zh: '不知道工作时间，无法把日薪或月薪折算成小时工资。',
      en: 'The working hours are not known, so daily or monthly pay cannot be converted to an hourly figure.',
    },
    nextStep: { zh: '登记每天、每周的工作时间。', en: 'Record the daily and weekly working hours.' },
  },
};

export function missing(...fields: readonly FactKey[]): Verdict {
  return {
    status: 'unknown',
    reason: 'missing',
    params: {
      fields: fields.join(','),
      fieldsZh: fields.map((f) => FACT_LABELS[f].zh).join('、'),
      fieldsEn: fields.map((f) => FACT_LABELS[f].en).join(', '),
    },
  };
}
