import type { TFunction } from 'i18next';
import { zhCN } from './zh-CN';

/** Whether `key` (read from data) names an entry of one of the catalogue's lists, so `t` can be typed. */
export function isKeyOf<L extends object>(list: L, key: string): key is Extract<keyof L, string> {
  return Object.hasOwn(list, key);
}

/** A priority group's name; a group the catalogue lacks is shown as it is. */
export const groupLabel = (t: TFunction, group: string): string =>
  isKeyOf(zhCN.groups, group) ? t(`groups.${group}`) : group;

/** An audit action's name; an action the catalogue lacks is shown as it is. */
export const auditActionLabel = (t: TFunction, action: string): string =>
  isKeyOf(zhCN.audit.actions, action) ? t(`audit.actions.${action}`) : action;
