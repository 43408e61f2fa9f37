import type { Widen } from '../widen';

/**
 * Messages of the training screens, kept apart from zh-CN.ts / en.ts so each feature owns its file.
 * `nav` joins the menu labels, `texts` becomes the `training` namespace, `errors`, `actions` (audit
 * log), `tables` and `fieldNames` join the shared lists of the same name.
 */
export const zh = {
  nav: { courses: '培训课程', 'skills-gap': '技能缺口' },
  texts: {},
  errors: {},
  actions: {},
  tables: {},
  fieldNames: {},
} as const;

export const en: Widen<typeof zh> = {
  nav: { courses: 'Training courses', 'skills-gap': 'Skills gap' },
  texts: {},
  errors: {},
  actions: {},
  tables: {},
  fieldNames: {},
};
