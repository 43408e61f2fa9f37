import type { DoorstepBridge } from '#shared/ipc/contract';
import type { Result } from '#shared/result';
import type { Actor, CommandEnv } from '../db/commands/command';
import { restoreBackup, type RestoreOutcome } from '../db/commands/restore-backup';
import { TOKEN_KEY } from '../sync/account';
import type { OpenedBackup } from './backup-file';
import { keepBackupKey } from './backup-key';

/**
 * Puts an opened backup onto this PC (the restore command: one transaction, audited), then its secrets: the key
 * the passphrase gave, so automatic backups go on; and the backup's sync token unless this PC already holds a
 * token of the same station (a newer one: the county renews tokens).
 */
export async function restoreFromBackup(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor | null,
  opened: OpenedBackup,
): Promise<Result<RestoreOutcome>> {
  const restored = await restoreBackup(env, actor, {
    tables: opened.content.tables,
    databaseVersion: opened.header.databaseVersion,
    createdAt: opened.header.createdAt,
  });
  if (!restored.ok) return restored;
  await keepBackupKey(platform, opened.key);
  const token = opened.content.secrets.syncToken;
  const current = await platform.secretGet({ key: TOKEN_KEY });
  const sameStation = restored.value.previousStationId === restored.value.stationId;
  if (token && !(sameStation && current.ok && current.value))
    await platform.secretSet({ key: TOKEN_KEY, value: token });
  return restored;
}
