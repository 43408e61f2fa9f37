import { backupZh } from './backup/zh-CN';
import { auditZh } from './audit/zh-CN';
import { errorsZh } from './errors/zh-CN';
import { matchingZh } from './matching/zh-CN';
import { registryZh } from './registry/zh-CN';
import { rightsZh } from './rights/zh-CN';
import { shellZh } from './shell/zh-CN';
import { syncZh } from './sync/zh-CN';
import { trainingZh } from './training/zh-CN';
import type { Widen } from './widen';
import type { TranslatedErrorCode } from '#shared/errors/codes';

/**
 * Chinese (default): every user-visible string, gathered from one folder per area (`<area>/zh-CN.ts`, with its
 * English twin `<area>/en.ts`). Each area owns whole namespaces; the menu (`nav`), the audit log's labels
 * (`actions`, `tables`, `fieldNames`) and `errors` are lists that several areas add to.
 */
export const zhCN = {
  ...shellZh,
  nav: { ...shellZh.nav, ...matchingZh.nav, ...rightsZh.nav, ...trainingZh.nav },
  ...registryZh,
  audit: auditZh.audit,
  actions: {
    ...backupZh.actions,
    ...matchingZh.actions,
    ...rightsZh.actions,
    ...trainingZh.actions,
    ...auditZh.actions,
  },
  tables: { ...auditZh.tables, ...matchingZh.tables, ...rightsZh.tables, ...trainingZh.tables },
  fieldNames: { ...matchingZh.fieldNames, ...rightsZh.fieldNames, ...trainingZh.fieldNames, ...auditZh.fieldNames },
  ...syncZh,
  matching: matchingZh.matching,
  rights: rightsZh.rights,
  training: trainingZh.training,
  backup: backupZh.backup,
  // Every error code the UI translates has its message here (shared/errors); a missing one fails the typecheck.
  errors: {
    ...matchingZh.errors,
    ...rightsZh.errors,
    ...trainingZh.errors,
    ...errorsZh.errors,
    ...backupZh.errors,
  } satisfies Readonly<Record<TranslatedErrorCode, string>>,
} as const;

export type Messages = Widen<typeof zhCN>;
