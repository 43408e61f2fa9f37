import type { DoorstepBridge } from '#shared/ipc/contract';
import { err, ok, type Result } from '#shared/result';
import type { Actor, CommandEnv } from '../db/commands/command';
import { recordBackupPassphrase, type PassphraseRecord } from '../db/commands/backup-records';
import { BACKUP_KDF, deriveBackupKey, MIN_PASSPHRASE_LENGTH, randomBytes, type BackupKey } from './backup-crypto';

/**
 * The passphrase itself is never stored. Setting it derives the key (PBKDF2, a new random salt) and keeps the
 * derived key through the platform's secret store — the OS keychain (Electron safeStorage) on the desktop, the
 * page's separate secrets database in the browser edition — so automatic backups need nobody to type it. Restoring
 * needs the passphrase: a backup file carries only the salt, never the key.
 */
export const BACKUP_KEY_SECRET = 'backup-key';

export function checkPassphrase(passphrase: string, repeat: string): Result<string> {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    return err('backup.passphraseShort', 'Passphrase too short', { min: MIN_PASSPHRASE_LENGTH });
  if (passphrase !== repeat) return err('backup.passphraseMismatch', 'The two passphrases differ');
  return ok(passphrase);
}

export async function keepBackupKey(platform: DoorstepBridge, key: BackupKey): Promise<Result<null>> {
  return platform.secretSet({ key: BACKUP_KEY_SECRET, value: JSON.stringify(key) });
}

/** The derived key kept on this PC, or null when no passphrase was set (or its key cannot be read). */
export async function loadBackupKey(platform: DoorstepBridge): Promise<BackupKey | null> {
  const stored = await platform.secretGet({ key: BACKUP_KEY_SECRET });
  if (!stored.ok || !stored.value) return null;
  try {
    const key = JSON.parse(stored.value) as Partial<BackupKey>;
    const { salt, iterations, key: bits, keyCheck } = key;
    if (typeof salt !== 'string' || typeof iterations !== 'number') return null;
    if (typeof bits !== 'string' || typeof keyCheck !== 'string') return null;
    return { salt, iterations, key: bits, keyCheck };
  } catch {
    return null;
  }
}

/** An administrator sets (or changes) the passphrase: checked, derived, kept, noted and audited. */
export async function setBackupPassphrase(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor,
  input: { passphrase: string; repeat: string },
  iterations: number = BACKUP_KDF.iterations,
): Promise<Result<PassphraseRecord>> {
  const checked = checkPassphrase(input.passphrase, input.repeat);
  if (!checked.ok) return checked;
  const key = await deriveBackupKey(checked.value, randomBytes(BACKUP_KDF.saltBytes), iterations);
  const kept = await keepBackupKey(platform, key);
  if (!kept.ok) return kept;
  return recordBackupPassphrase(env, actor, key.keyCheck);
}
