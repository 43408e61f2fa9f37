import { canOpen, type Screen } from '#shared/auth/roles';
import { auditEntrySchema, type AuditEntry } from '#shared/entities/audit';
import type { Staff } from '#shared/entities/staff';
import { asErrorCode, type ErrorCode } from '#shared/errors/codes';
import { appError, err, ok, type AppError, type DetailsArg, type Result } from '#shared/result';
import { boundedWall, parseSighting, type CountySighting } from '#shared/sync/clock-bound';
import { decodeHlc, encodeHlc, tick, zeroHlc, type Hlc } from '#shared/sync/hlc';
import { changedFields } from '#shared/sync/mutation';
import { isSyncTable } from '#shared/sync/tables';
import type { Stamp } from '#shared/sync/merge';
import type { DoorstepDb, Stamped } from '../db';
import { META } from '../meta-keys';
import { SYNC_META } from '../sync-meta';
import { RECORD_TABLES, type RecordOf, type RecordTableName } from '../tables';

/** What a command needs from the outside world; tests pass their own clock and ids. */
export interface CommandEnv {
  readonly db: DoorstepDb;
  readonly now: () => number;
  readonly newId: () => string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
}

export interface CommandContext {
  readonly env: CommandEnv;
  readonly actor: Actor | null;
  readonly stationId: string;
  /** The device clock, read once per command and saved once at its end (same transaction), and the county's. */
  readonly clock: { current: Hlc | null; county?: CountySighting | null };
}

/** Thrown inside a command to abort its transaction; runCommand turns it into an error value. */
export class CommandFailure extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}

export const fail = <C extends ErrorCode>(code: C, message: string, ...details: DetailsArg<C>): never => {
  throw new CommandFailure(appError(code, message, ...details));
};

function allTables(db: DoorstepDb) {
  return [db.meta, db.outbox, db.audit, ...Object.keys(RECORD_TABLES).map((name) => db.table(name))];
}

/**
 * Runs `body` in ONE read-write transaction over every table: records, outbox and audit land together or
 * not at all. Expected failures come back as values; anything unexpected rolls back too.
 */
export async function runCommand<T>(
  env: CommandEnv,
  actor: Actor | null,
  body: (ctx: CommandContext) => Promise<T>,
  stationIdOverride?: string,
): Promise<Result<T>> {
  try {
    const value = await env.db.transaction('rw', allTables(env.db), async () => {
      const stationId = stationIdOverride ?? (await env.db.meta.get(META.stationId))?.value;
      if (!stationId) return fail('setup.missing', 'No station on this PC yet');
      const ctx: CommandContext = { env, actor, stationId, clock: { current: null } };
      const value = await body(ctx);
      if (ctx.clock.current) await env.db.meta.put({ key: META.clock, value: encodeHlc(ctx.clock.current) });
      return value;
    });
    return ok(value);
  } catch (error) {
    if (error instanceof CommandFailure) return { ok: false, error: error.error };
    console.error('Command failed and was rolled back', error);
    return err('command.failed', error instanceof Error ? error.message : String(error));
  }
}

/**
 * The acting staff member, re-read inside the transaction: they must exist, be active and, when a screen is
 * named, be allowed to open it. Commands never trust the session the UI holds.
 */
export async function requireActor(ctx: CommandContext, screen?: Screen): Promise<Staff> {
  const id = ctx.actor?.id ?? fail('auth.forbidden', 'No one is logged in');
  const staff = await ctx.env.db.staff.get(id);
  if (!staff || !staff.active || staff.deleted) return fail('auth.forbidden', `Staff ${id} is not active`);
  if (screen && !canOpen(staff, screen)) return fail('auth.forbidden', `Staff ${id} may not use ${screen}`);
  return staff;
}

/** The next hybrid-logical-clock value for this device, persisted in the same transaction. */
export async function nextClock(ctx: CommandContext): Promise<string> {
  return tickClock(await loadClock(ctx));
}

/** Reads the device clock into the command (once). */
async function loadClock(ctx: CommandContext): Promise<CommandContext & { clock: { current: Hlc } }> {
  if (!ctx.clock.current) {
    const { db } = ctx.env;
    const node = (await db.meta.get(META.deviceId))?.value ?? fail('device.missing', 'No device id');
    const stored = (await db.meta.get(META.clock))?.value;
    const decoded = stored ? decodeHlc(stored) : undefined;
    ctx.clock.current = decoded?.ok ? decoded.value : zeroHlc(node);
    ctx.clock.county = parseSighting((await db.meta.get(SYNC_META.countyClock))?.value);
  }
  return ctx as CommandContext & { clock: { current: Hlc } };
}

/** Ticks a loaded clock synchronously (no await: a loop cannot commit early), kept near the county's time. */
function tickClock(ctx: CommandContext & { clock: { current: Hlc } }): string {
  ctx.clock.current = tick(ctx.clock.current, boundedWall(ctx.env.now(), ctx.clock.county ?? null));
  return encodeHlc(ctx.clock.current);
}

export interface AuditInput {
  readonly action: string;
  readonly table: string;
  readonly recordId: string;
  readonly fields?: readonly string[];
  readonly reason?: string | null;
  readonly hlc?: string;
}

/** Appends to the audit log (append-only) and queues the entry for the county. */
export async function appendAudit(ctx: CommandContext, input: AuditInput): Promise<AuditEntry> {
  const { db, now, newId } = ctx.env;
  const hlc = input.hlc ?? (await nextClock(ctx));
  const entry = auditEntrySchema.parse({
    id: newId(),
    stationId: ctx.stationId,
    at: now(),
    hlc,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.name ?? null,
    action: input.action,
    table: input.table,
    recordId: input.recordId,
    fields: [...(input.fields ?? [])],
    reason: input.reason ?? null,
  });
  await db.audit.add(entry);
  // An entry is written once, so its own id is the mutation's idempotency key.
  await db.outbox.add({ id: entry.id, table: 'audit', recordId: entry.id, op: 'upsert', hlc, fields: { ...entry } });
  return entry;
}

export type RecordInput<K extends RecordTableName> = Omit<RecordOf<K>, 'updatedAt'>;

function validationFailure(issues: readonly { path: readonly PropertyKey[]; message: string }[]): never {
  const messages: Record<string, string> = {};
  for (const issue of issues) messages[String(issue.path[0] ?? '')] ??= issue.message;
  const fields = Object.fromEntries(Object.entries(messages).map(([field, text]) => [field, asErrorCode(text)]));
  return fail('validation', `Invalid record: ${JSON.stringify(messages)}`, { fields });
}

/**
 * Validates and writes one record, queues the changed fields for sync (synced tables only) and audits it.
 * A write that changes nothing writes nothing.
 */
export async function writeRecord<K extends RecordTableName>(
  ctx: CommandContext,
  table: K,
  input: RecordInput<K> & { readonly id: string },
  options: {
    readonly action: string;
    readonly reason?: string | null;
    readonly audit?: boolean;
    /** Derived fields stored beside the record on this PC only (e.g. search keys): not synced, not audited. */
    readonly local?: Readonly<Record<string, unknown>>;
  },
): Promise<RecordOf<K>> {
  const { db, newId } = ctx.env;
  const definition = RECORD_TABLES[table];
  const store = db.table<RecordOf<K>, string>(table);
  const previous = await store.get(input.id);
  const hlc = await nextClock(ctx);
  const parsed = definition.schema.safeParse({ ...input, updatedAt: hlc });
  if (!parsed.success) return validationFailure(parsed.error.issues);
  const record = parsed.data as RecordOf<K>;
  // A station writes only its own records, and who made a record and when never changes.
  if (record.stationId !== ctx.stationId) fail('scope', `Record ${record.id} belongs to another station`);
  if (previous && (previous.stationId !== record.stationId || previous.createdAt !== record.createdAt)) {
    fail('immutable', `stationId and createdAt of ${record.id} cannot change`);
  }
  // Compare the record as the schema sees it (local fields stripped); an old row the schema no longer
  // accepts counts as entirely changed.
  const reread = previous ? definition.schema.safeParse(previous) : undefined;
  const before = reread?.success ? (reread.data as Record<string, unknown>) : undefined;
  const fields = changedFields(before, record as Record<string, unknown>);
  if (Object.keys(fields).length === 0) {
    if (previous && options.local) {
      await store.put({
        ...record,
        ...options.local,
        _stamps: (previous as Stamped)._stamps,
        updatedAt: previous.updatedAt,
      } as RecordOf<K>);
    }
    return previous ? { ...record, updatedAt: previous.updatedAt } : record;
  }
  if (isSyncTable(table)) {
    const mutationId = newId();
    const _stamps = stampFields((previous as Stamped | undefined)?._stamps, fields, { hlc, mutationId });
    await store.put({ ...record, ...options.local, _stamps } as RecordOf<K>);
    await db.outbox.add({
      id: mutationId,
      table,
      recordId: record.id,
      op: record.deleted ? 'delete' : 'upsert',
      hlc,
      fields,
    });
  } else {
    await store.put({ ...record, ...options.local } as RecordOf<K>);
  }
  if (options.audit !== false) {
    await appendAudit(ctx, {
      action: options.action,
      table,
      recordId: record.id,
      fields: Object.keys(fields),
      reason: options.reason ?? null,
      hlc,
    });
  }
  return record;
}

/**
 * Many NEW records at once (imports): the same checks, outbox mutations and audit entries as writeRecord,
 * written with bulk operations so 10,000 rows stay within one fast transaction.
 */
export async function writeNewRecords<K extends RecordTableName>(
  ctx: CommandContext,
  table: K,
  inputs: readonly {
    readonly input: RecordInput<K> & { readonly id: string };
    readonly local?: Readonly<Record<string, unknown>>;
  }[],
  action: string,
): Promise<number> {
  const { db, newId, now } = ctx.env;
  const definition = RECORD_TABLES[table];
  const store = db.table<RecordOf<K>, string>(table);
  const clash = (await store.bulkGet(inputs.map((i) => i.input.id))).find((r) => r !== undefined);
  if (clash) fail('immutable', `Record ${clash.id} already exists`);
  const rows: RecordOf<K>[] = [];
  const outbox: OutboxEntryInput[] = [];
  const audit: AuditEntry[] = [];
  const at = now();
  const loaded = await loadClock(ctx);
  // From here to the bulk writes: no await, so the transaction stays open however many rows there are.
  for (const { input, local } of inputs) {
    const hlc = tickClock(loaded);
    const parsed = definition.schema.safeParse({ ...input, updatedAt: hlc });
    if (!parsed.success) return validationFailure(parsed.error.issues);
    const record = parsed.data as RecordOf<K>;
    if (record.stationId !== ctx.stationId) fail('scope', `Record ${record.id} belongs to another station`);
    const fields = changedFields(undefined, record as Record<string, unknown>);
    if (isSyncTable(table)) {
      const mutationId = newId();
      rows.push({ ...record, ...local, _stamps: stampFields(undefined, fields, { hlc, mutationId }) } as RecordOf<K>);
      outbox.push({ id: mutationId, table, recordId: record.id, op: 'upsert', hlc, fields });
    } else {
      rows.push({ ...record, ...local } as RecordOf<K>);
    }
    const entry: AuditEntry = {
      id: newId(),
      stationId: ctx.stationId,
      at,
      hlc,
      actorId: ctx.actor?.id ?? null,
      actorName: ctx.actor?.name ?? null,
      action,
      table,
      recordId: record.id,
      fields: Object.keys(fields),
      reason: null,
    };
    audit.push(entry);
    outbox.push({ id: entry.id, table: 'audit', recordId: entry.id, op: 'upsert', hlc, fields: { ...entry } });
  }
  await store.bulkAdd(rows);
  await db.audit.bulkAdd(audit);
  await db.outbox.bulkAdd(outbox);
  return rows.length;
}

type OutboxEntryInput = Parameters<CommandEnv['db']['outbox']['add']>[0];

/** The per-field clocks after a local write: every changed field now carries this change's stamp. */
export function stampFields(
  previous: Readonly<Record<string, Stamp>> | undefined,
  fields: Readonly<Record<string, unknown>>,
  stamp: Stamp,
): Record<string, Stamp> {
  const next: Record<string, Stamp> = { ...previous };
  for (const field of Object.keys(fields)) next[field] = stamp;
  return next;
}
