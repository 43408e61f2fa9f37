import { z } from 'zod';
import { err, ok, type Result } from '#shared/result';

/**
 * A station backup file:
 *
 *   "DSBK" · header length (uint32, big-endian) · header (UTF-8 JSON) · sealed payload
 *
 * The header is readable without the passphrase (what the file is, which station, when, how many records) and
 * is bound to the payload as AES-GCM's additional data, so a changed header byte fails the seal as surely as a
 * changed payload byte. The payload is the gzip of the database's JSON, sealed with AES-GCM under a key derived
 * from the passphrase (PBKDF2-SHA256). `keyCheck` tells a wrong passphrase from a damaged file.
 */
export const BACKUP_MAGIC = 'DSBK';
export const BACKUP_FORMAT = 'doorstep-station-backup';
/** The newest file format this version reads and the one it writes. */
export const BACKUP_VERSION = 1;
const PREFIX_BYTES = 8;
const MAX_HEADER_BYTES = 64 * 1024;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** Only what a version-1 reader needs, checked before anything else: a newer file is refused by name. */
const envelopeSchema = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().positive() });

export const backupHeaderSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    kdf: z
      .object({
        name: z.literal('PBKDF2-SHA256'),
        // bounded both ways: a weak key is not accepted, and a made-up file cannot make the PC derive for hours
        iterations: z.number().int().min(1_000).max(10_000_000),
        salt: base64.min(16),
      })
      .strict(),
    cipher: z.object({ name: z.literal('AES-GCM'), iv: base64.min(16) }).strict(),
    compression: z.literal('gzip'),
    /** A digest of the derived key (never the key): a different digest means a wrong passphrase. */
    keyCheck: base64.min(16),
    /** The sealed payload's length in bytes: a shorter file is a copy that did not finish. */
    payloadBytes: z.number().int().positive(),
    stationId: z.string().max(64).nullable(),
    stationName: z.string().max(100).nullable(),
    createdAt: z.number().int().nonnegative(),
    /** The local database's schema version the payload was read from. */
    databaseVersion: z.number().int().positive(),
    /** Rows per table, and `pending`: changes not yet stored by the county. */
    counts: z.record(z.string().max(64), z.number().int().nonnegative()),
    appVersion: z.string().max(40),
  })
  .strict();
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export interface BackupContainer {
  readonly header: BackupHeader;
  /** The header's bytes as written: the payload seal's additional data. */
  readonly aad: Uint8Array;
  readonly payload: Uint8Array;
}

/** Lays out a file: the prefix and header (returned as `aad` too, to seal the payload with) and the payload. */
export function headerBytes(header: BackupHeader): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(PREFIX_BYTES + json.length);
  out.set(new TextEncoder().encode(BACKUP_MAGIC), 0);
  new DataView(out.buffer).setUint32(4, json.length, false);
  out.set(json, PREFIX_BYTES);
  return out;
}

export function joinBytes(head: Uint8Array, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/**
 * Reads a file's prefix and header, and cuts out its payload. Refuses, in this order: not a backup, cut short,
 * a newer format, a damaged header. Nothing is decrypted here.
 */
export function readContainer(bytes: Uint8Array): Result<BackupContainer> {
  const magic = new TextDecoder().decode(bytes.subarray(0, 4));
  if (bytes.length < 4 || magic !== BACKUP_MAGIC) return err('backup.notBackup', 'Not a station backup file');
  if (bytes.length < PREFIX_BYTES) return err('backup.truncated', 'The file ends inside its prefix');
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, false);
  if (length > MAX_HEADER_BYTES) return err('backup.damaged', `Header length ${length} is not plausible`);
  if (bytes.length < PREFIX_BYTES + length) return err('backup.truncated', 'The file ends inside its header');
  let raw: unknown;
  try {
    raw = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + length)),
    );
  } catch {
    return err('backup.damaged', 'The header is not JSON');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return err('backup.damaged', 'The header does not name the format');
  if (envelope.data.version > BACKUP_VERSION)
    return err('backup.newerFormat', `Format version ${envelope.data.version} is newer than ${BACKUP_VERSION}`);
  const header = backupHeaderSchema.safeParse(raw);
  if (!header.success) return err('backup.damaged', `The header does not parse: ${header.error.message}`);
  const start = PREFIX_BYTES + length;
  const available = bytes.length - start;
  if (available < header.data.payloadBytes)
    return err('backup.truncated', `Payload ${available} of ${header.data.payloadBytes} bytes`);
  if (available > header.data.payloadBytes) return err('backup.damaged', 'Bytes after the payload');
  return ok({ header: header.data, aad: bytes.slice(0, start), payload: bytes.slice(start) });
}
