import { needs, plain, type ErrorTable } from './table';

/** Codes of station backups: the passphrase, making a backup file and reading one back. */
export const BACKUP_ERRORS = {
  /** The passphrase is shorter than the minimum (`min` characters). */
  'backup.passphraseShort': needs<{ readonly min: number }>(),
  'backup.passphraseMismatch': plain,
  /** No backup passphrase has been set on this PC yet. */
  'backup.noPassphrase': plain,
  /** The file does not start as a station backup does. */
  'backup.notBackup': plain,
  /** The file ends before the length its header gives: a copy that did not finish. */
  'backup.truncated': plain,
  /** A byte of the file changed after it was written (its seal does not hold). */
  'backup.damaged': plain,
  'backup.wrongPassphrase': plain,
  /** The file was made by a newer version of the app (format or database). */
  'backup.newerFormat': plain,
  /** The backup's data cannot be put back (a table or row this version does not know). */
  'backup.unreadable': plain,
  'backup.saveFailed': plain,
} as const satisfies ErrorTable;
