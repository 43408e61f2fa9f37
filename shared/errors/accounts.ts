import { needs, plain, type ErrorTable } from './table';

/** Codes of the station's set-up, its staff accounts, PINs, log-in and settings. */
export const ACCOUNT_ERRORS = {
  'setup.exists': plain,
  'setup.missing': plain,
  'device.missing': plain,
  'auth.forbidden': plain,
  'pin.digits': plain,
  'pin.short': plain,
  'pin.long': plain,
  'pin.mismatch': plain,
  'login.inactive': plain,
  'login.changed': plain,
  'staff.role': plain,
  'staff.trainerAdmin': plain,
  'staff.self': plain,
  'settings.idle': plain,
} as const satisfies ErrorTable;

/** Log-in outcomes the PIN screen words itself (`login.wrong`, `login.locked`): no `errors.*` message. */
export const LOGIN_OUTCOMES = {
  /** Tries left before the lock. */
  'login.wrong': needs<{ readonly left: number }>(),
  /** How long the lock still lasts. */
  'login.locked': needs<{ readonly retryInMs: number }>(),
} as const satisfies ErrorTable;
