import { describe, expect, it } from 'vitest';
import { setUp, testEnv } from '../test-support/test-env';
import { memoryBridge } from '../test-support/memory-platform';
import { BACKUP_META } from '../db/commands/backup-records';
import { TOKEN_KEY } from '../sync/account';
import { openBackup } from './backup-file';
import { BACKUP_KEY_SECRET, setBackupPassphrase } from './backup-key';
import { backupNow, runAutomaticBackup } from './make-backup';
import { restoreFromBackup } from './restore-from-file';

const PASSPHRASE = 'village well by the old bridge';
const FAST = 1_000;

async function station(status?: Parameters<typeof memoryBridge>[0]) {
  const env = testEnv();
  const { adminId, stationId } = await setUp(env);
  const platform = memoryBridge(status);
  platform.secrets.set(TOKEN_KEY, 'station-token');
  return { env, stationId, actor: { id: adminId, name: '王芳' }, ...platform };
}

describe('backups on a station PC', () => {
  it('sets the passphrase only when long enough and typed twice the same, keeping a derived key, never the passphrase', async () => {
    const s = await station();
    const set = (passphrase: string, repeat = passphrase) =>
      setBackupPassphrase(s.env, s.bridge, s.actor, { passphrase, repeat }, FAST);
    expect(await set('short')).toMatchObject({
      ok: false,
      error: { code: 'backup.passphraseShort', params: { min: 10 } },
    });
    expect(await set(PASSPHRASE, `${PASSPHRASE}.`)).toMatchObject({
      ok: false,
      error: { code: 'backup.passphraseMismatch' },
    });
    expect(s.secrets.has(BACKUP_KEY_SECRET)).toBe(false);
    expect(await set(PASSPHRASE)).toMatchObject({ ok: true, value: { setBy: '王芳' } });
    const everything = JSON.stringify([...s.secrets.values(), await s.env.db.meta.toArray()]);
    expect(everything).not.toContain(PASSPHRASE);
    expect((await s.env.db.meta.get(BACKUP_META.passphrase))?.value).toContain('王芳');
    expect((await s.env.db.audit.toArray()).map((a) => a.action)).toContain('backup.passphrase');
  });

  it('refuses to back up before a passphrase is set, then makes a file that opens with it and holds everything', async () => {
    const s = await station();
    expect(await backupNow(s.env, s.bridge, s.actor)).toMatchObject({
      ok: false,
      error: { code: 'backup.noPassphrase' },
    });
    await setBackupPassphrase(s.env, s.bridge, s.actor, { passphrase: PASSPHRASE, repeat: PASSPHRASE }, FAST);
    const outbox = await s.env.db.outbox.toArray();
    expect(await backupNow(s.env, s.bridge, s.actor)).toMatchObject({ ok: true, value: { saved: true } });
    const opened = await openBackup(s.saved[0]!, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.content.tables.outbox).toEqual(outbox);
    expect(opened.value.content.secrets.syncToken).toBe('station-token');
    expect(opened.value.header).toMatchObject({ stationId: s.stationId, stationName: '幸福村就业服务站' });
    expect(opened.value.header.counts.pending).toBeGreaterThan(0);
    const last = JSON.parse((await s.env.db.meta.get(BACKUP_META.last))!.value);
    expect(last).toMatchObject({ kind: 'manual' });
    expect((await s.env.db.audit.toArray()).map((a) => a.action)).toContain('backup.create');
  });

  it('makes the automatic backup only where the platform makes them, when it is due and a passphrase is set', async () => {
    const browser = await station();
    await setBackupPassphrase(
      browser.env,
      browser.bridge,
      browser.actor,
      { passphrase: PASSPHRASE, repeat: PASSPHRASE },
      FAST,
    );
    expect(await runAutomaticBackup(browser.env, browser.bridge)).toEqual({ ok: true, value: null });
    const desktop = await station({ automatic: true, due: true, folder: '/data/backups' });
    expect(await runAutomaticBackup(desktop.env, desktop.bridge)).toEqual({ ok: true, value: null });
    await setBackupPassphrase(
      desktop.env,
      desktop.bridge,
      desktop.actor,
      { passphrase: PASSPHRASE, repeat: PASSPHRASE },
      FAST,
    );
    expect(await runAutomaticBackup(desktop.env, desktop.bridge)).toMatchObject({ ok: true, value: { saved: true } });
    expect(desktop.saved).toHaveLength(1);
    expect(JSON.parse((await desktop.env.db.meta.get(BACKUP_META.last))!.value)).toMatchObject({ kind: 'auto' });
  });

  it('restoring on a new PC brings the sync token and the key back; on the same station a newer token stays', async () => {
    const s = await station();
    await setBackupPassphrase(s.env, s.bridge, s.actor, { passphrase: PASSPHRASE, repeat: PASSPHRASE }, FAST);
    await backupNow(s.env, s.bridge, s.actor);
    const opened = await openBackup(s.saved[0]!, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.message);
    const fresh = { env: testEnv(), ...memoryBridge() };
    expect(await restoreFromBackup(fresh.env, fresh.bridge, null, opened.value)).toMatchObject({ ok: true });
    expect(fresh.secrets.get(TOKEN_KEY)).toBe('station-token');
    expect(fresh.secrets.get(BACKUP_KEY_SECRET)).toBe(s.secrets.get(BACKUP_KEY_SECRET));
    s.secrets.set(TOKEN_KEY, 'renewed-token');
    expect(await restoreFromBackup(s.env, s.bridge, s.actor, opened.value)).toMatchObject({ ok: true });
    expect(s.secrets.get(TOKEN_KEY)).toBe('renewed-token');
  });
});
