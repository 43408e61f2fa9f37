import { z } from 'zod';
import { err, ok, type Result } from '#shared/result';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  headerBytes,
  joinBytes,
  readContainer,
  type BackupHeader,
} from './backup-format';
import {
  BACKUP_KDF,
  deriveBackupKey,
  fromBase64,
  randomBytes,
  seal,
  sealedLength,
  toBase64,
  unseal,
  type BackupKey,
} from './backup-crypto';
import { gunzip, gzip } from './gzip';

/** What a backup holds: every local table's rows as stored, and the secrets the PC needs to sync again. */
export const backupContentSchema = z
  .object({
    tables: z.record(z.string().max(64), z.array(z.record(z.string(), z.unknown()))),
    secrets: z.object({ syncToken: z.string().max(8192).nullable() }).strict(),
  })
  .strict();
export type BackupContent = z.infer<typeof backupContentSchema>;

/** The header's description of the backup (the rest of the header is the file's own). */
export type BackupInfo = Pick<
  BackupHeader,
  'stationId' | 'stationName' | 'createdAt' | 'databaseVersion' | 'counts' | 'appVersion'
>;

/** Compresses, seals and lays out a backup file under a derived key. */
export async function sealBackup(content: BackupContent, key: BackupKey, info: BackupInfo): Promise<Uint8Array> {
  const compressed = await gzip(new TextEncoder().encode(JSON.stringify(content)));
  const iv = randomBytes(BACKUP_KDF.ivBytes);
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    kdf: { name: 'PBKDF2-SHA256', iterations: key.iterations, salt: key.salt },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    compression: 'gzip',
    keyCheck: key.keyCheck,
    payloadBytes: sealedLength(compressed.length),
    ...info,
  };
  const head = headerBytes(header);
  return joinBytes(head, await seal(key, iv, head, compressed));
}

/** What the file says about itself, before any passphrase: refused as not a backup, cut short, newer or damaged. */
export function readBackupHeader(bytes: Uint8Array): Result<BackupHeader> {
  const container = readContainer(bytes);
  return container.ok ? ok(container.value.header) : container;
}

export interface OpenedBackup {
  readonly header: BackupHeader;
  readonly content: BackupContent;
  /** The key the passphrase gave: kept to go on making automatic backups after a restore. */
  readonly key: BackupKey;
}

/**
 * Opens a backup file with a passphrase. Every refusal is a value: not a backup, cut short, a newer format, a
 * wrong passphrase (the key's digest differs), a damaged file (the seal does not hold, or what it holds does
 * not parse). Nothing is written anywhere.
 */
export async function openBackup(bytes: Uint8Array, passphrase: string): Promise<Result<OpenedBackup>> {
  const container = readContainer(bytes);
  if (!container.ok) return container;
  const { header, aad, payload } = container.value;
  const key = await deriveBackupKey(passphrase, fromBase64(header.kdf.salt), header.kdf.iterations);
  if (key.keyCheck !== header.keyCheck) return err('backup.wrongPassphrase', 'The passphrase gives another key');
  const compressed = await unseal(key, fromBase64(header.cipher.iv), aad, payload);
  if (!compressed) return err('backup.damaged', 'The seal does not hold: the file was changed');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await gunzip(compressed)));
  } catch {
    return err('backup.damaged', 'The sealed payload does not unpack');
  }
  const content = backupContentSchema.safeParse(raw);
  if (!content.success) return err('backup.damaged', `The payload does not parse: ${content.error.message}`);
  return ok({ header, content: content.data, key });
}
