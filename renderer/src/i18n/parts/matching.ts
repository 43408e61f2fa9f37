import type { Widen } from '../widen';

/**
 * Messages of the matching screens, kept apart from zh-CN.ts / en.ts so each feature owns its file.
 * `nav` joins the menu labels, `texts` becomes the `matching` namespace, `errors`, `actions` (audit
 * log), `tables` and `fieldNames` join the shared lists of the same name.
 */
export const zh = {
  nav: { referrals: '推荐和上岗' },
  texts: {},
  errors: {
    'referral.seeker': '请选择求职者。',
    'referral.job': '请选择岗位。',
    'referral.employer': '岗位的用人单位不对。',
    'referral.placement': '已录用的推荐须有上岗记录。',
    'referral.overrideReason': '系统判断不合适的人选，要推荐须写明理由。',
    'referral.outcomeReason': '请写明没有录用的原因。',
  },
  actions: {},
  tables: { referrals: '推荐' },
  fieldNames: {},
} as const;

export const en: Widen<typeof zh> = {
  nav: { referrals: 'Referrals' },
  texts: {},
  errors: {
    'referral.seeker': 'Choose a job seeker.',
    'referral.job': 'Choose a job.',
    'referral.employer': 'The job\'s employer does not match.',
    'referral.placement': 'A hired referral needs a placement record.',
    'referral.overrideReason': 'To refer someone the matcher excluded, write down why.',
    'referral.outcomeReason': 'Write down why the person was not hired.',
  },
  actions: {},
  tables: { referrals: 'Referrals' },
  fieldNames: {},
};
