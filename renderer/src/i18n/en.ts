import { backupEn } from './backup/en';
import { auditEn } from './audit/en';
import { errorsEn } from './errors/en';
import { matchingEn } from './matching/en';
import { registryEn } from './registry/en';
import { rightsEn } from './rights/en';
import { shellEn } from './shell/en';
import { syncEn } from './sync/en';
import { trainingEn } from './training/en';
import type { Messages } from './zh-CN';

/** English (second locale), gathered like zh-CN.ts and typed against it so no key can be missing. */
export const en: Messages = {
  ...shellEn,
  nav: { ...shellEn.nav, ...matchingEn.nav, ...rightsEn.nav, ...trainingEn.nav },
  ...registryEn,
  audit: auditEn.audit,
  actions: {
    ...backupEn.actions,
    ...matchingEn.actions,
    ...rightsEn.actions,
    ...trainingEn.actions,
    ...auditEn.actions,
  },
  tables: { ...auditEn.tables, ...matchingEn.tables, ...rightsEn.tables, ...trainingEn.tables },
  fieldNames: { ...matchingEn.fieldNames, ...rightsEn.fieldNames, ...trainingEn.fieldNames, ...auditEn.fieldNames },
  ...syncEn,
  matching: matchingEn.matching,
  rights: rightsEn.rights,
  training: trainingEn.training,
  backup: backupEn.backup,
  errors: { ...matchingEn.errors, ...rightsEn.errors, ...trainingEn.errors, ...errorsEn.errors, ...backupEn.errors },
};
