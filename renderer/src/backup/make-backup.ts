import type { BackupSaved, DoorstepBridge } from '#shared/ipc/contract';
import { err, ok, type Result } from '#shared/result';
import { readSnapshot } from '../db/backup-snapshot';
import type { Actor, CommandEnv } from '../db/commands/command';
import { recordBackupMade } from '../db/commands/backup-records';
import { TOKEN_KEY } from '../sync/account';
import { toBase64 } from './backup-crypto';
import { sealBackup } from './backup-file';
import { loadBackupKey } from './backup-key';

/** The whole local database (and the sync token), sealed under the kept key. */
export async function makeBackupFile(
  env: CommandEnv,
  platform: DoorstepBridge,
): Promise<Result<{ bytes: Uint8Array; records: number }>> {
  const key = await loadBackupKey(platform);
  if (!key) return err('backup.noPassphrase', 'No backup passphrase on this PC');
  const snapshot = await readSnapshot(env.db);
  const token = await platform.secretGet({ key: TOKEN_KEY });
  const info = await platform.appInfo({});
  const bytes = await sealBackup(
    { tables: snapshot.tables, secrets: { syncToken: token.ok ? token.value : null } },
    key,
    {
      stationId: snapshot.stationId,
      stationName: snapshot.stationName,
      createdAt: env.now(),
      databaseVersion: snapshot.databaseVersion,
      counts: snapshot.counts,
      appVersion: info.ok ? info.value.version.slice(0, 40) : 'unknown',
    },
  );
  return ok({ bytes, records: Object.values(snapshot.tables).reduce((n, rows) => n + rows.length, 0) });
}

async function keep(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor | null,
  kind: 'manual' | 'auto',
): Promise<Result<BackupSaved>> {
  const made = await makeBackupFile(env, platform);
  if (!made.ok) return made;
  const saved = await platform.backupSave({ kind, content: toBase64(made.value.bytes) });
  if (!saved.ok) return err('backup.saveFailed', saved.error.message);
  const { path, copyPath } = saved.value;
  const noted = await recordBackupMade(env, actor, { at: env.now(), kind, path, copyPath });
  return noted.ok ? saved : noted;
}

/** 立即备份: the desktop keeps it in the backups folder (and the copy folder); the browser edition downloads it. */
export const backupNow = (env: CommandEnv, platform: DoorstepBridge, actor: Actor): Promise<Result<BackupSaved>> =>
  keep(env, platform, actor, 'manual');

/**
 * The day's automatic backup, when this edition makes them, it is due and a passphrase is set. `null`: nothing to
 * do now. Safe to call as often as wanted: the desktop says when one was made today.
 */
export async function runAutomaticBackup(
  env: CommandEnv,
  platform: DoorstepBridge,
): Promise<Result<BackupSaved | null>> {
  const status = await platform.backupStatus({});
  if (!status.ok || !status.value.automatic || !status.value.due) return ok(null);
  if (!(await loadBackupKey(platform))) return ok(null);
  return keep(env, platform, null, 'auto');
}
