import { useLiveQuery } from 'dexie-react-hooks';
import { describeCurrent } from './backup-snapshot';
import { BACKUP_META, type BackupMade, type PassphraseRecord } from './commands/backup-records';
import { getDb } from './db';

export interface BackupState {
  readonly passphrase: PassphraseRecord | null;
  readonly last: BackupMade | null;
}

function parsed<T>(value: string | undefined): T | null {
  if (!value) return null;
  try {
    return JSON.parse(value) as T;
  } catch {
    return null;
  }
}

/** Whether a backup passphrase is set (by whom, when) and the last backup made: undefined while reading. */
export function useBackupState(): BackupState | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    return {
      passphrase: parsed<PassphraseRecord>((await db.meta.get(BACKUP_META.passphrase))?.value),
      last: parsed<BackupMade>((await db.meta.get(BACKUP_META.last))?.value),
    };
  }, []);
}

/** What this PC holds now (station, counts), for the confirmation a restore asks. */
export const readCurrentHoldings = () => describeCurrent(getDb());
