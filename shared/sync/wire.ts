import { z } from 'zod';
import { isHlc } from './hlc';
import { mutationSchema } from './mutation';

/**
 * The sync protocol's bodies (DESIGN.md, "Sync protocol"), shared by the server (which parses every request
 * with them and answers 4xx on failure) and the app's sync client.
 */
export const SCHEMA_VERSION = 1;
export const MAX_MUTATIONS_PER_PUSH = 2_000;

/**
 * A push names the server epoch its station last saw. A server of another epoch (restored from a backup since)
 * refuses it before applying anything (409 `epoch.changed`): the station first puts back what the restored
 * server lacks, then sends every change again in clock order, so a record's later edit never reaches the county
 * before the record itself.
 */
export const EPOCH_HEADER = 'x-doorstep-epoch';
export const EPOCH_CHANGED = 'epoch.changed';

export const pushBodySchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    mutations: z.array(mutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
  })
  .strict();
export type PushBody = z.infer<typeof pushBodySchema>;

export const pushResultSchema = z.object({
  id: z.string(),
  status: z.enum(['applied', 'duplicate', 'rejected', 'held']),
  code: z.string().optional(),
  message: z.string().optional(),
});

const envelope = { serverEpoch: z.string().min(1), serverTime: z.number().int() };

export const pushResponseSchema = z.object({ ...envelope, results: z.array(pushResultSchema) });

export const changeSchema = z.object({
  seq: z.number().int().nonnegative(),
  table: z.string().min(1),
  recordId: z.string().min(1),
  op: z.enum(['upsert', 'delete']),
  hlc: z.string().refine(isHlc, 'hlc.format'),
  fields: z.record(z.string(), z.unknown()),
  stationId: z.string().min(1),
});
export type Change = z.infer<typeof changeSchema>;

/**
 * What the county tells a station beside its changes (an addition to the contract, docs/sync.md): today, that
 * one of its people is also registered at another station (the duplicate-person queue). `recordId` is the
 * station's own seeker; of the other station's person nothing is sent, and the ID number only masked.
 */
export const duplicateNoticeSchema = z.object({
  kind: z.literal('duplicate-person'),
  id: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  otherStation: z.object({ id: z.string().min(1).max(64), name: z.string().max(100), areaCode: z.string().max(12) }),
  idNumberMasked: z.string().max(18),
  foundAt: z.number().int().nonnegative(),
});
export type DuplicateNotice = z.infer<typeof duplicateNoticeSchema>;

export const pullResponseSchema = z.object({
  ...envelope,
  changes: z.array(changeSchema),
  nextSince: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** every notice open for the calling station, whole each time (absent from older servers and for the admin) */
  notices: z.array(duplicateNoticeSchema).optional(),
});

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(5_000).default(1_000),
  /**
   * 1: also the changes this device pushed itself (left out otherwise: it has them). A PC restored from a backup
   * asks so until it has pulled once, to get back what its enrolment sent after the backup was made.
   */
  own: z.coerce.number().int().min(0).max(1).optional(),
});

export const healthSchema = z.object({
  ...envelope,
  ok: z.literal(true),
  version: z.string(),
  maxPushBytes: z.number().int().positive(),
  /** request body content types the server takes for a push (the compact one is an addition: shared/sync/columns.ts) */
  encodings: z.array(z.string()).optional(),
});
