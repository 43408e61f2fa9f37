import type { Result } from '#shared/result';
import { appendAudit, requireActor, runCommand, type Actor, type CommandEnv } from './command';

/** Backup bookkeeping in `meta` (this PC's, never synced). */
export const BACKUP_META = {
  /** JSON `PassphraseRecord`: that a passphrase is set, when and by whom; never the passphrase or its key */
  passphrase: 'backup.passphrase',
  /** JSON `BackupMade`: the last backup this PC made */
  last: 'backup.last',
} as const;

export interface PassphraseRecord {
  readonly setAt: number;
  readonly setBy: string;
  readonly keyCheck: string;
}

export interface BackupMade {
  readonly at: number;
  readonly kind: 'manual' | 'auto';
  readonly path: string | null;
  readonly copyPath: string | null;
}

/** An administrator set (or changed) the backup passphrase: noted on this PC and in the audit log. */
export async function recordBackupPassphrase(
  env: CommandEnv,
  actor: Actor,
  keyCheck: string,
): Promise<Result<PassphraseRecord>> {
  return runCommand(env, actor, async (ctx) => {
    const staff = await requireActor(ctx, 'settings');
    const record: PassphraseRecord = { setAt: env.now(), setBy: staff.name, keyCheck };
    await env.db.meta.put({ key: BACKUP_META.passphrase, value: JSON.stringify(record) });
    await appendAudit(ctx, { action: 'backup.passphrase', table: 'stations', recordId: ctx.stationId });
    return record;
  });
}

/** A backup was made: kept for the 设置 card; one made by a person is audited, the daily automatic one is not. */
export async function recordBackupMade(env: CommandEnv, actor: Actor | null, made: BackupMade): Promise<Result<null>> {
  return runCommand(env, actor, async (ctx) => {
    if (made.kind === 'manual') await requireActor(ctx, 'settings');
    await env.db.meta.put({ key: BACKUP_META.last, value: JSON.stringify(made) });
    if (made.kind === 'manual')
      await appendAudit(ctx, { action: 'backup.create', table: 'stations', recordId: ctx.stationId });
    return null;
  });
}
