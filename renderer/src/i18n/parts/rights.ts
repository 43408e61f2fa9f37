import type { Widen } from '../widen';

/**
 * Messages of the rights screens, kept apart from zh-CN.ts / en.ts so each feature owns its file.
 * `nav` joins the menu labels, `texts` becomes the `rights` namespace, `errors`, `actions` (audit
 * log), `tables` and `fieldNames` join the shared lists of the same name.
 */
export const zh = {
  nav: { placements: '上岗回访', rules: '劳动规则参数' },
  texts: {},
  errors: {},
  actions: {},
  tables: { placements: '上岗记录', visits: '回访', ruleParameters: '规则参数' },
  fieldNames: {},
} as const;

export const en: Widen<typeof zh> = {
  nav: { placements: 'Placements', rules: 'Labour rule parameters' },
  texts: {},
  errors: {},
  actions: {},
  tables: { placements: 'Placements', visits: 'Follow-up visits', ruleParameters: 'Rule parameters' },
  fieldNames: {},
};
