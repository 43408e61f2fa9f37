/**
 * Station backup files, as pure rules over file names and a clock: one a day (the day as the station
 * counts it, in China), named by when it was made, kept `BACKUP_KEEP_DAYS` days. Manual backups saved by the
 * desktop sit beside them under their own prefix and are kept as long.
 */
export const BACKUP_KEEP_DAYS = 7;
export const BACKUP_EXTENSION = '.dsbk';
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export type BackupKind = 'auto' | 'manual';
const PREFIX: Record<BackupKind, string> = { auto: 'doorstep-auto-', manual: 'doorstep-manual-' };
const NAME = /^doorstep-(auto|manual)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})\.dsbk$/;

/** The station's day of an instant (China time, whatever zone the PC is set to). */
export function stationDayOf(ms: number): string {
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `doorstep-auto-2026-12-01-081500.dsbk`: kind, then the station's date and time, so names sort by age. */
export function backupFileName(kind: BackupKind, now: number): string {
  const stamp = new Date(now + CHINA_OFFSET_MS).toISOString();
  return `${PREFIX[kind]}${stamp.slice(0, 10)}-${stamp.slice(11, 13)}${stamp.slice(14, 16)}${stamp.slice(17, 19)}${BACKUP_EXTENSION}`;
}

export interface BackupFile {
  readonly name: string;
  readonly kind: BackupKind;
  readonly madeAt: number;
}

/** The files among `names` that are our backups, oldest first; anything else in the folder is not ours. */
export function backupFiles(names: readonly string[]): BackupFile[] {
  const files: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, kind, y, mo, d, h, mi, s] = m;
    const madeAt = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - CHINA_OFFSET_MS;
    if (Number.isNaN(madeAt)) continue;
    files.push({ name, kind: kind as BackupKind, madeAt });
  }
  return files.sort((a, b) => a.madeAt - b.madeAt || a.name.localeCompare(b.name));
}

/** The newest automatic backup's time, or null when there is none. */
export function lastAutomatic(names: readonly string[]): number | null {
  return (
    backupFiles(names)
      .filter((f) => f.kind === 'auto')
      .at(-1)?.madeAt ?? null
  );
}

/**
 * Today's automatic backup is due when none was made on the station's day. A backup stamped later than now (the PC
 * clock was ahead and has been set back) does not count, or the PC would make none until that day came.
 */
export function automaticDue(names: readonly string[], now: number): boolean {
  const today = stationDayOf(now);
  return !backupFiles(names).some((f) => f.kind === 'auto' && f.madeAt <= now && stationDayOf(f.madeAt) === today);
}

/**
 * The backups to delete: those made more than `keepDays` days before today. The newest of each kind always stays,
 * so a PC left off for weeks never prunes down to nothing; a file stamped ahead of now is kept.
 */
export function expiredBackups(names: readonly string[], now: number, keepDays = BACKUP_KEEP_DAYS): string[] {
  const files = backupFiles(names);
  const newest = new Set(
    (['auto', 'manual'] as const).map((kind) => files.filter((f) => f.kind === kind).at(-1)?.name),
  );
  const cutoff = Date.parse(`${stationDayOf(now)}T00:00:00Z`) - CHINA_OFFSET_MS - (keepDays - 1) * DAY_MS;
  return files.filter((f) => f.madeAt < cutoff && !newest.has(f.name)).map((f) => f.name);
}
