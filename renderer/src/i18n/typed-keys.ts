import type { Messages } from './zh-CN';

/**
 * `t('…')` knows the catalogue: a missing or misspelt key fails the typecheck, with or without a
 * `defaultValue` (strictKeyChecks). The Chinese catalogue is the shape (English is typed against it); texts are
 * plain strings. Keys read from data go through `isKeyOf`, option labels through `optionLabel` (labels.ts).
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    strictKeyChecks: true;
  }
}
