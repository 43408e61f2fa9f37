import { err, ok, type Result } from '#shared/result';
import { encodeHlc } from '#shared/sync/hlc';
import { restoredClock } from '../../backup/restored-clock';
import { SYNC_META } from '../sync-meta';
import { META } from '../meta-keys';
import { appendAudit, CommandFailure, fail, type Actor, type CommandContext, type CommandEnv } from './command';

/** What a restore puts back: the rows of every table as the backup holds them, and where they came from. */
export interface RestoreInput {
  readonly tables: Readonly<Record<string, readonly Record<string, unknown>[]>>;
  readonly databaseVersion: number;
  readonly createdAt: number;
}

export interface RestoreOutcome {
  readonly stationId: string;
  /** The station this PC held before, when it held one. */
  readonly previousStationId: string | null;
}

/**
 * Replaces this PC's database with a backup's, in ONE transaction over every table: records, outbox (its changes
 * keep their ids, so the county takes each once), sent list, sync cursor and epoch, device and station identity.
 * The audit log is append-only: entries already here stay, and the backup's are added beside them. The clock is
 * set to the latest of the backup's and this PC's, never back. The restore itself is audited (and travels to the
 * county). If anything fails, this PC keeps what it had.
 */
export async function restoreBackup(
  env: CommandEnv,
  actor: Actor | null,
  input: RestoreInput,
): Promise<Result<RestoreOutcome>> {
  const { db } = env;
  if (input.databaseVersion > db.verno)
    return err('backup.newerFormat', `Database version ${input.databaseVersion} is newer than ${db.verno}`);
  const stores = new Set(db.tables.map((t) => t.name));
  const unknown = Object.keys(input.tables).find((name) => !stores.has(name));
  if (unknown) return err('backup.unreadable', `This version has no table ${unknown}`);
  const meta = new Map((input.tables.meta ?? []).map((row) => [String(row.key), String(row.value)]));
  const stationId = meta.get(META.stationId);
  const deviceId = meta.get(META.deviceId);
  if (!stationId || !deviceId) return err('backup.unreadable', 'The backup holds no station or device id');
  try {
    const outcome = await db.transaction('rw', db.tables, async () => {
      const previousStationId = (await db.meta.get(META.stationId))?.value ?? null;
      const previousClock = (await db.meta.get(META.clock))?.value;
      for (const table of db.tables) {
        const rows = input.tables[table.name] ?? [];
        if (table.name === 'audit') {
          const kept = new Set(await table.toCollection().primaryKeys());
          await table.bulkAdd(rows.filter((row) => !kept.has(String(row.id))));
          continue;
        }
        await table.clear();
        await table.bulkAdd(rows);
      }
      const stamped = [...(input.tables.outbox ?? []), ...(input.tables.sent ?? [])].map((row) => String(row.hlc));
      const clock = restoredClock([meta.get(META.clock), previousClock, ...stamped], deviceId);
      await db.meta.put({ key: META.clock, value: clock });
      // what this station's device sent after the backup was made is at the county only: pull it back once
      await db.meta.put({ key: SYNC_META.pullOwn, value: String(env.now()) });
      const ctx: CommandContext = { env, actor, stationId, clock: { current: null } };
      await appendAudit(ctx, {
        action: 'station.restore',
        table: 'stations',
        recordId: stationId,
        reason: new Date(input.createdAt).toISOString(),
      });
      if (!ctx.clock.current) return fail('command.failed', 'The restore was not stamped');
      await db.meta.put({ key: META.clock, value: encodeHlc(ctx.clock.current) });
      return { stationId, previousStationId };
    });
    return ok(outcome);
  } catch (error) {
    if (error instanceof CommandFailure) return { ok: false, error: error.error };
    return err('backup.unreadable', error instanceof Error ? error.message : String(error));
  }
}
