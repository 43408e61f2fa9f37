import { describe, expect, it } from 'vitest';
import { automaticDue, backupFileName, backupFiles, expiredBackups, stationDayOf } from './backup-files';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026-12-01 00:30 in China is still 30 November in UTC
const LATE = Date.UTC(2026, 10, 30, 16, 30);

describe('backup rotation rules', () => {
  it('names files by the station’s date and time, and reads the names back', () => {
    expect(stationDayOf(LATE)).toBe('2026-12-01');
    const name = backupFileName('auto', LATE);
    expect(name).toBe('doorstep-auto-2026-12-01-003000.dsbk');
    expect(backupFiles([name, 'notes.txt', 'doorstep-auto-2026-13-01-003000.dsbk.part'])).toEqual([
      { name, kind: 'auto', madeAt: LATE },
    ]);
  });

  it('is due once per station day, counting only automatic backups and none stamped in the future', () => {
    const yesterday = backupFileName('auto', LATE - DAY);
    expect(automaticDue([yesterday], LATE)).toBe(true);
    expect(automaticDue([yesterday, backupFileName('manual', LATE)], LATE)).toBe(true);
    expect(automaticDue([backupFileName('auto', LATE - HOUR / 2)], LATE)).toBe(false);
    // made at 23:59 China time the day before: a new day, a new backup
    expect(automaticDue([backupFileName('auto', LATE - 31 * 60_000)], LATE)).toBe(true);
    // stamped an hour ahead (the clock was wrong, then set back): today's is still due
    expect(automaticDue([backupFileName('auto', LATE + HOUR)], LATE)).toBe(true);
  });

  it('keeps today and the six days before, and always the newest of each kind', () => {
    const made = [0, 1, 6, 7, 8].map((days) => backupFileName('auto', LATE - days * DAY));
    expect(expiredBackups(made, LATE)).toEqual([made[4], made[3]]);
    const onlyOld = [backupFileName('auto', LATE - 40 * DAY), backupFileName('manual', LATE - 50 * DAY)];
    expect(expiredBackups(onlyOld, LATE)).toEqual([]);
    expect(expiredBackups([...onlyOld, backupFileName('auto', LATE)], LATE)).toEqual([onlyOld[0]]);
  });
});
