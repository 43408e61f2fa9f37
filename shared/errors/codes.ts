import { ACCOUNT_ERRORS, LOGIN_OUTCOMES } from './accounts';
import { BACKUP_ERRORS } from './backup';
import { IDENTIFIER_ERRORS } from './identifiers';
import { IMPORT_ERRORS } from './imports';
import { MATCHING_ERRORS } from './matching';
import { PLATFORM_ERRORS } from './platform';
import { REGISTER_ERRORS } from './registers';
import { RIGHTS_ERRORS } from './rights';
import { SYNC_ERRORS } from './sync';
import type { ErrorTable, ValuesOf } from './table';
import { TRAINING_ERRORS } from './training';

/** Every area's table, by area: a code belongs to exactly one (a test checks). */
export const ERROR_TABLES = {
  identifiers: IDENTIFIER_ERRORS,
  registers: REGISTER_ERRORS,
  imports: IMPORT_ERRORS,
  accounts: ACCOUNT_ERRORS,
  login: LOGIN_OUTCOMES,
  platform: PLATFORM_ERRORS,
  sync: SYNC_ERRORS,
  matching: MATCHING_ERRORS,
  rights: RIGHTS_ERRORS,
  training: TRAINING_ERRORS,
  backup: BACKUP_ERRORS,
} as const satisfies Readonly<Record<string, ErrorTable>>;

const ALL = {
  ...IDENTIFIER_ERRORS,
  ...REGISTER_ERRORS,
  ...IMPORT_ERRORS,
  ...ACCOUNT_ERRORS,
  ...LOGIN_OUTCOMES,
  ...PLATFORM_ERRORS,
  ...SYNC_ERRORS,
  ...MATCHING_ERRORS,
  ...RIGHTS_ERRORS,
  ...TRAINING_ERRORS,
  ...BACKUP_ERRORS,
} as const satisfies ErrorTable;

/**
 * Every error code the app produces: command and check results (`err`, `fail`), zod schema messages, rule
 * findings and import row errors. Users see `errors.<code>` translated; the message values are typed per code.
 */
export type ErrorCode = keyof typeof ALL;

/** The values code `C`'s message takes: `undefined` when none, `P | undefined` when they are optional. */
export type ErrorValues<C extends ErrorCode> = ValuesOf<(typeof ALL)[C]>;

/** The codes whose message is `errors.<code>` in both catalogues (the log-in outcomes have their own texts). */
export type TranslatedErrorCode = Exclude<ErrorCode, keyof typeof LOGIN_OUTCOMES>;

export function isErrorCode(text: string): text is ErrorCode {
  return Object.hasOwn(ALL, text);
}

export const ERROR_CODES: readonly ErrorCode[] = Object.keys(ALL).filter(isErrorCode);

/**
 * A text that should be one of our codes (a zod issue's message, a county server's code) as a code; anything
 * else becomes `fallback`, by default `command.failed`, the message people saw for an unknown code.
 */
export function asErrorCode(text: string, fallback: ErrorCode = 'command.failed'): ErrorCode {
  return isErrorCode(text) ? text : fallback;
}
