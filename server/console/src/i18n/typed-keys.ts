import type { Messages } from './zh-CN';

/**
 * `t('…')` knows the console's catalogue: a missing or misspelt key fails the typecheck (strictKeyChecks). The
 * Chinese catalogue is the shape; English is typed against it.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
    strictKeyChecks: true;
  }
}
