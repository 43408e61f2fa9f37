import { expect, it } from 'vitest';
import { compareHlc } from '#shared/sync/hlc';
import { saveSeeker } from '#renderer/db/commands/seekers';
import { saveEmployer } from '#renderer/db/commands/employers';
import { employerInput, seekerInput } from '#renderer/test-support/inputs';
import { testEnv } from '#renderer/test-support/test-env';
import { configuredTransport } from '#renderer/sync/account';
import { newSyncSession, syncOnce } from '#renderer/sync/engine';
import { loadPinyin } from '#renderer/registry/pinyin';
import { openBackup } from '#renderer/backup/backup-file';
import { setBackupPassphrase } from '#renderer/backup/backup-key';
import { makeBackupFile } from '#renderer/backup/make-backup';
import { restoreFromBackup } from '#renderer/backup/restore-from-file';
import { describeWithCounty, memoryPlatform, must, station, type CountyServer } from './harness';

const PASSPHRASE = '村口老槐树下的服务站';

/** How many times the county stored each mutation id. */
async function storedTimes(county: CountyServer, ids: readonly string[]): Promise<number[]> {
  return county.db.transaction(async (sql) => {
    const counts: number[] = [];
    for (const id of ids) {
      const rows = await sql.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM mutations WHERE id = ?', [id]);
      counts.push(Number(rows[0]?.n ?? 0));
    }
    return counts;
  });
}

describeWithCounty('a station PC restored from its backup', (county) => {
  it('sends what the backup held once, pulls what was sent after it, and converges with the county', async () => {
    const old = await station(county, '幸福村就业服务站', 'oldpc');
    await old.sync();
    must(
      await setBackupPassphrase(
        old.env,
        old.platform,
        old.actor,
        { passphrase: PASSPHRASE, repeat: PASSPHRASE },
        1_000,
      ),
    );
    // changes made on a poor link: not yet sent when the backup is made
    const person = seekerInput();
    must(await saveSeeker(old.env, old.actor, person));
    const employer = employerInput();
    must(await saveEmployer(old.env, old.actor, employer));
    const waiting = await old.env.db.outbox.toArray();
    expect(waiting.length).toBeGreaterThan(2);
    const file = must(await makeBackupFile(old.env, old.platform)).bytes;

    // the link comes back; then one more change is sent before the old PC dies
    await old.sync();
    expect(await old.env.db.outbox.count()).toBe(0);
    old.env.clock.now += 60_000;
    must(await saveSeeker(old.env, old.actor, { ...person, phone: '13900001111' }));
    await old.sync();

    // a new PC, restored from the file
    const fresh = testEnv(old.env.clock.now + 60_000);
    const platform = memoryPlatform();
    const opened = must(await openBackup(file, PASSPHRASE));
    must(await restoreFromBackup(fresh, platform, null, opened));
    expect((await fresh.db.outbox.toArray()).map((m) => m.id)).toEqual(
      expect.arrayContaining(waiting.map((m) => m.id)),
    );
    const transport = await configuredTransport(fresh, platform);
    if (!transport) throw new Error('the restored PC has no server or token');
    const sync = () =>
      syncOnce({ db: fresh.db, transport, now: fresh.now, pinyin: loadPinyin, session: newSyncSession() });

    const report = await sync();
    expect(report.rejected).toBe(0);
    // it asked once for what its own device had sent, and asks no more
    expect(await fresh.db.meta.get('sync.pullOwn')).toBeUndefined();
    expect(await fresh.db.outbox.count()).toBe(0);
    // every change the backup held is stored at the county exactly once
    expect(
      await storedTimes(
        county,
        waiting.map((m) => m.id),
      ),
    ).toEqual(waiting.map(() => 1));
    // the change sent after the backup came back down, and the restored PC agrees with the county
    expect(await fresh.db.seekers.get(person.id)).toMatchObject({ phone: '13900001111' });
    expect(await county.service.record('seekers', person.id)).toMatchObject({ phone: '13900001111' });
    expect(await county.service.record('employers', employer.id)).toMatchObject({ name: employer.name });

    // the restored PC's next change sorts after everything the station stamped, and is taken once as well
    must(await saveSeeker(fresh, old.actor, { ...person, phone: '13900002222' }));
    const next = (await fresh.db.outbox.toArray()).find((m) => m.table === 'seekers')!;
    for (const m of waiting) expect(compareHlc(next.hlc, m.hlc)).toBe(1);
    await sync();
    await sync();
    expect(await storedTimes(county, [next.id])).toEqual([1]);
    expect(await county.service.record('seekers', person.id)).toMatchObject({ phone: '13900002222' });
    // the restore itself reached the county's audit log
    const restoreAudit = (await fresh.db.audit.toArray()).filter((a) => a.action === 'station.restore');
    expect(restoreAudit).toHaveLength(1);
    expect(await storedTimes(county, [restoreAudit[0]!.id])).toEqual([1]);
  });
});
