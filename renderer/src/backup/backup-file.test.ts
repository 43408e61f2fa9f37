import { describe, expect, it } from 'vitest';
import { deriveBackupKey, randomBytes } from './backup-crypto';
import { openBackup, readBackupHeader, sealBackup, type BackupContent, type BackupInfo } from './backup-file';
import { joinBytes, readContainer } from './backup-format';

// Few iterations keep the tests quick; the header carries the count, so opening uses the same.
const ITERATIONS = 1_000;
const PASSPHRASE = '村口的老槐树下面';

const content: BackupContent = {
  tables: {
    meta: [{ key: 'stationId', value: 'st-1' }],
    seekers: [{ id: 's1', name: '张三', skills: [{ code: 'sew', level: 2 }], deleted: false }],
    outbox: [{ id: 'm1', table: 'seekers', recordId: 's1', op: 'upsert', hlc: '0001', fields: { name: '张三' } }],
  },
  secrets: { syncToken: 'token-abc' },
};
const info: BackupInfo = {
  stationId: 'st-1',
  stationName: '石桥村服务站',
  createdAt: 1_780_000_000_000,
  databaseVersion: 7,
  counts: { seekers: 1, outbox: 1, pending: 1 },
  appVersion: '1.0.0',
};

async function sealed(): Promise<Uint8Array> {
  const key = await deriveBackupKey(PASSPHRASE, randomBytes(16), ITERATIONS);
  return sealBackup(content, key, info);
}

describe('station backup file', () => {
  it('opens with the passphrase it was made with, giving back every table, the secrets and the header', async () => {
    const file = await sealed();
    const opened = await openBackup(file, PASSPHRASE);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.content).toEqual(content);
    expect(opened.value.header).toMatchObject({ ...info, version: 1, kdf: { iterations: ITERATIONS } });
    // the header reads without the passphrase, the records do not appear in clear anywhere in the file
    expect(readBackupHeader(file)).toMatchObject({ ok: true, value: { stationName: '石桥村服务站' } });
    const text = new TextDecoder().decode(file);
    expect(text).not.toContain('张三');
    expect(text).not.toContain('token-abc');
  });

  it('refuses a wrong passphrase as such', async () => {
    const opened = await openBackup(await sealed(), '村口的老槐树下边');
    expect(opened).toMatchObject({ ok: false, error: { code: 'backup.wrongPassphrase' } });
  });

  it('refuses a file with any one byte changed, in the payload or in the header', async () => {
    const file = await sealed();
    const container = readContainer(file);
    if (!container.ok) throw new Error('unreadable');
    const { aad } = container.value;
    for (const at of [aad.length + 5, file.length - 1]) {
      const changed = file.slice();
      changed[at] = changed[at]! ^ 0x01;
      expect(await openBackup(changed, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'backup.damaged' } });
    }
    // a header whose station name was edited still parses, but no longer matches its seal
    const edited = new TextEncoder().encode(
      new TextDecoder().decode(file.subarray(0, aad.length)).replace('石桥村', '石桥镇'),
    );
    const forged = joinBytes(edited, file.subarray(aad.length));
    expect(await openBackup(forged, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'backup.damaged' } });
  });

  it('refuses a file cut short, wherever it was cut', async () => {
    const file = await sealed();
    for (const length of [6, 20, file.length - 1]) {
      expect(await openBackup(file.subarray(0, length), PASSPHRASE)).toMatchObject({
        ok: false,
        error: { code: 'backup.truncated' },
      });
    }
  });

  it('refuses a file of a newer format before asking anything of the passphrase, and a file that is no backup', async () => {
    const file = await sealed();
    const container = readContainer(file);
    if (!container.ok) throw new Error('unreadable');
    const later = { ...container.value.header, version: 2, cipher: { name: 'XChaCha20', nonce: 'AAAA' } };
    const json = new TextEncoder().encode(JSON.stringify(later));
    const prefix = new Uint8Array(8);
    prefix.set(new TextEncoder().encode('DSBK'));
    new DataView(prefix.buffer).setUint32(4, json.length);
    const newer = joinBytes(joinBytes(prefix, json), container.value.payload);
    expect(await openBackup(newer, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'backup.newerFormat' } });
    const bundle = new TextEncoder().encode('{"mutations": []}');
    expect(await openBackup(bundle, PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'backup.notBackup' } });
  });
});
