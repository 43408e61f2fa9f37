import type { ParseKeys, TFunction } from 'i18next';
import type { Messages } from './zh-CN';

/**
 * Whether `key` names an entry of one of the catalogue's lists (`zhCN.actions`, `zhCN.options.sex`, …). A key
 * read from data (an audit action, a table's name) narrows to the list's keys, so `t(`actions.${key}`)` is
 * checked like any other key; the caller says what to show for a key the list lacks.
 */
export function isKeyOf<L extends object>(list: L, key: string | number): key is Extract<keyof L, string> {
  return typeof key === 'string' && Object.hasOwn(list, key);
}

type OptionLists = Messages['options'];

/** The option lists of the catalogue (`options.sex`, `options.education`, …) by name. */
export type OptionList = keyof OptionLists;

/** The values list `L` has labels for. */
export type OptionValue<L extends OptionList> = Extract<keyof OptionLists[L], string>;

/** The label of `value` in `options.<list>`; a list or a value the catalogue lacks fails the typecheck. */
export function optionLabel<L extends OptionList>(t: TFunction, list: L, value: OptionValue<L>): string {
  // The signature checks list and value; TypeScript cannot resolve a key built from a generic list.
  return t(`options.${list}.${value}` as ParseKeys);
}
