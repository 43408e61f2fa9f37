import type { LegalSource, ReferralId, Text } from './types';

/** The laws the checks cite (../shared/reference/labour-law.md), by short id. */
export const LAWS = {
  'labour-law': { zh: '中华人民共和国劳动法', en: 'Labour Law of the PRC' },
  'labour-contract-law': { zh: '中华人民共和国劳动合同法', en: 'Labour Contract Law of the PRC' },
  'labour-contract-regulations': {
    zh: '中华人民共和国劳动合同法实施条例',
    en: 'Implementing Regulations of the Labour Contract Law',
  },
  'employment-promotion-law': { zh: '中华人民共和国就业促进法', en: 'Employment Promotion Law of the PRC' },
  'minimum-wage-provisions': { zh: '最低工资规定', en: 'Provisions on Minimum Wages' },
  'wage-payment-provisions': { zh: '工资支付暂行规定', en: 'Interim Provisions on Wage Payment' },
  'migrant-wage-regulations': {
    zh: '保障农民工工资支付条例',
    en: 'Regulations on Ensuring Payment of Wages to Migrant Workers',
  },
  'social-insurance-law': { zh: '中华人民共和国社会保险法', en: 'Social Insurance Law of the PRC' },
  'part-time-insurance-notice': {
    zh: '劳社部发〔2003〕12号',
    en: "MOLSS notice [2003] No. 12 (part-time workers' insurance)",
  },
  'work-injury-regulations': { zh: '工伤保险条例', en: 'Regulations on Work-Related Injury Insurance' },
  'women-protection-provisions': {
    zh: '女职工劳动保护特别规定',
    en: 'Special Provisions on Labour Protection of Female Employees',
  },
  'child-labour-provisions': { zh: '禁止使用童工规定', en: 'Provisions on the Prohibition of Child Labour' },
  'working-hours-provisions': {
    zh: '国务院关于职工工作时间的规定',
    en: 'State Council Provisions on Working Hours (1995)',
  },
  'retirement-decision': {
    zh: '全国人大常委会关于实施渐进式延迟法定退休年龄的决定',
    en: 'NPC Standing Committee decision on gradually raising the retirement age (2024)',
  },
  'disability-employment-regulations': {
    zh: '残疾人就业条例',
    en: 'Regulations on the Employment of Persons with Disabilities',
  },
} as const satisfies Record<string, Text>;

export type LawId = keyof typeof LAWS;

export const cite = (law: LawId, articles: string): LegalSource => ({ law, articles });

/** Where a worker or the station can take a problem. */
export const REFERRAL_TEXT = {
  'hotline-12333': {
    zh: '拨打 12333 人力资源社会保障咨询热线',
    en: 'Call the 12333 human-resources and social-security hotline',
  },
  'labour-inspection': {
    zh: '向县人社局劳动保障监察大队投诉（劳动监察）',
    en: 'Complain to the county labour inspection brigade (劳动监察)',
  },
  mediation: {
    zh: '申请劳动争议调解（乡镇调解组织或劳动争议仲裁委员会）',
    en: 'Apply for labour-dispute mediation (township mediation or the arbitration committee)',
  },
} as const satisfies Record<ReferralId, Text>;
