import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { decodeHlc, encodeHlc, isHlc } from './hlc';
import type { PushResult } from './batch';
import type { Mutation } from './mutation';
import { MAX_MUTATIONS_PER_PUSH } from './wire';
import { fromRuns, toRuns, type Layout } from './column-runs';

/**
 * The compact batch encoding, a second content type beside the plain JSON of the contract (DESIGN.md allows
 * one, advertised by /health). Same mutations, laid out by column so that gzip finds the repetition a row
 * layout hides: every field's values sit together (all names, then all phones …), field names are written
 * once per batch, a value the row already carries (its recordId, its clock, the clock's milliseconds — an
 * audit entry's id, hlc and time) is marked instead of repeated, a mutation id equal to its recordId (an
 * append-only entry's) likewise, and clocks become a device list plus small millisecond steps. Decoding gives
 * back exactly the mutations that were encoded (property-tested), which then take the same checked path as
 * plain JSON. Pure.
 *
 * Layout 2 (`layout: 2`, advertised as COMPACT_LAYOUT_2) is what a registration sends — a record, then its
 * audit entry — made smaller: every row's mutation id in one column (the two ids of one command differ only in
 * their last characters, so gzip shares the rest), the recordId column only where it is not the row's own id,
 * the audit entry's `recordId` marked as the previous row's recordId, and row lists as runs with a step.
 */
export const COMPACT_CONTENT_TYPE = 'application/vnd.doorstep.batch+json';
/** Named in /health's encodings by a server that decodes layout 2 (sent with COMPACT_CONTENT_TYPE). */
export const COMPACT_LAYOUT_2 = 'application/vnd.doorstep.batch+json;layout=2';

/** Row indexes as runs (./column-runs.ts). */
const runsSchema = z.array(z.number().int().nonnegative()).max(3 * MAX_MUTATIONS_PER_PUSH);

/** What a field's value may be marked as: the row's recordId, clock, clock milliseconds, or the previous row's recordId. */
const DERIVED = ['recordId', 'hlc', 'ms', 'previousRecordId'] as const;
type Derived = (typeof DERIVED)[number];

export const compactBatchSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    layout: z.literal(2).optional(),
    /** layout 1: every row's recordId; layout 2: those of the rows not in `recordIsId` */
    recordId: z.array(z.string()).max(MAX_MUTATIONS_PER_PUSH),
    /** layout 1: mutation ids, except on the rows in `idIsRecord` (their id is their recordId); layout 2: every row's */
    id: z.array(z.string()).max(MAX_MUTATIONS_PER_PUSH),
    idIsRecord: runsSchema.optional(),
    /** layout 2: rows whose recordId is their mutation id */
    recordIsId: runsSchema.optional(),
    /** table names, and each mutation's index into them */
    tables: z.array(z.string()).max(64),
    table: z.array(z.number().int().nonnegative()),
    /** rows that are deletes */
    deletes: runsSchema,
    /** clock devices, each mutation's device index, ms as steps from the previous mutation, counters */
    nodes: z.array(z.string()).max(MAX_MUTATIONS_PER_PUSH),
    node: z.array(z.number().int().nonnegative()),
    ms: z.array(z.number().int()),
    counter: z.array(z.number().int().nonnegative()),
    /** field → rows whose value is the row's own recordId, clock, or clock milliseconds (or the previous row's recordId) */
    derived: z.record(
      z.string(),
      z
        .object({ recordId: runsSchema, hlc: runsSchema, ms: runsSchema, previousRecordId: runsSchema })
        .partial()
        .strict(),
    ),
    /** field → rows that carry it and their values, in row order */
    fields: z.record(z.string(), z.object({ rows: runsSchema, values: z.array(z.unknown()) }).strict()),
  })
  .strict();
export type CompactBatch = z.infer<typeof compactBatchSchema>;

export function encodeCompact(schemaVersion: number, mutations: readonly Mutation[], layout: Layout = 1): CompactBatch {
  const tables: string[] = [];
  const nodes: string[] = [];
  const fields: Record<string, { rows: number[]; values: unknown[] }> = {};
  const derived: Record<string, Partial<Record<Derived, number[]>>> = {};
  const sameIds: number[] = [];
  const ids: string[] = [];
  const recordIds: string[] = [];
  const deletes: number[] = [];
  const out = { table: [] as number[], node: [] as number[], ms: [] as number[], counter: [] as number[] };
  let previousMs = 0;
  mutations.forEach((m, row) => {
    const clock = decodeHlc(m.hlc);
    if (!clock.ok) throw new Error(`Not an HLC: ${m.hlc}`);
    if (!tables.includes(m.table)) tables.push(m.table);
    if (!nodes.includes(clock.value.node)) nodes.push(clock.value.node);
    out.table.push(tables.indexOf(m.table));
    out.node.push(nodes.indexOf(clock.value.node));
    out.ms.push(clock.value.ms - previousMs);
    out.counter.push(clock.value.counter);
    previousMs = clock.value.ms;
    if (m.op === 'delete') deletes.push(row);
    if (layout === 1) {
      recordIds.push(m.recordId);
      if (m.id === m.recordId) sameIds.push(row);
      else ids.push(m.id);
    } else {
      ids.push(m.id);
      if (m.id === m.recordId) sameIds.push(row);
      else recordIds.push(m.recordId);
    }
    const own: Record<Derived, unknown> = {
      recordId: m.recordId,
      hlc: m.hlc,
      ms: clock.value.ms,
      previousRecordId: layout === 2 && row > 0 ? mutations[row - 1]?.recordId : undefined,
    };
    for (const [name, value] of Object.entries(m.fields)) {
      const same = DERIVED.find((d) => own[d] !== undefined && own[d] === value);
      if (same) {
        ((derived[name] ??= {})[same] ??= []).push(row);
        continue;
      }
      const column = (fields[name] ??= { rows: [], values: [] });
      column.rows.push(row);
      column.values.push(value);
    }
  });
  const runs = (rows: readonly number[]) => toRuns(rows, layout);
  return {
    schemaVersion,
    ...(layout === 2 ? { layout } : {}),
    recordId: recordIds,
    id: ids,
    ...(layout === 1 ? { idIsRecord: runs(sameIds) } : { recordIsId: runs(sameIds) }),
    tables,
    ...out,
    nodes,
    deletes: runs(deletes),
    derived: Object.fromEntries(
      Object.entries(derived).map(([name, d]) => [
        name,
        Object.fromEntries(Object.entries(d).map(([k, rows]) => [k, runs(rows)])),
      ]),
    ),
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, c]) => [name, { rows: runs(c.rows), values: c.values }]),
    ),
  };
}

const UUID_V7 = z.regexes.uuid7;

/**
 * What mutationSchema (./mutation.ts) checks of a decoded row, checked directly: its op and fields are
 * well-formed by construction (an enum value, a fresh object of the batch's field names, which the batch schema
 * checked), its strings come from the batch.
 * Without a zod parse per row (a copy of every row's fields), decoding a batch of 2,000 is several times faster.
 */
function rowProblem(id: string, table: string, recordId: string, hlc: string): string | null {
  if (!UUID_V7.test(id)) return 'id Invalid UUID';
  if (table.length < 1 || table.length > 64) return 'table must be 1 to 64 characters';
  if (recordId.length < 1 || recordId.length > 64) return 'recordId must be 1 to 64 characters';
  if (!isHlc(hlc)) return 'hlc hlc.format';
  return null;
}

/** Each row's mutation id and recordId, or null when the columns do not add up. */
function idsOf(b: CompactBatch, layout: Layout): { ids: string[]; recordIds: string[] } | null {
  const n = layout === 1 ? b.recordId.length : b.id.length;
  const same = fromRuns((layout === 1 ? b.idIsRecord : b.recordIsId) ?? [], n, layout);
  const other = layout === 1 ? b.id : b.recordId;
  if (n === 0 || !same || same.length + other.length !== n) return null;
  if ((layout === 1 ? b.recordIsId : b.idIsRecord) !== undefined) return null;
  const sameRows = new Set(same);
  const given = layout === 1 ? b.recordId : b.id;
  const derivedOnes: string[] = [];
  for (let row = 0, next = 0; row < n; row += 1)
    derivedOnes.push(sameRows.has(row) ? (given[row] as string) : (other[next++] as string));
  return layout === 1 ? { ids: derivedOnes, recordIds: b.recordId } : { ids: b.id, recordIds: derivedOnes };
}

/** The mutations of a compact batch, each checked like a plain-JSON one; any inconsistency is an error. */
export function decodeCompact(input: unknown): Result<{ schemaVersion: number; mutations: Mutation[] }> {
  const parsed = compactBatchSchema.safeParse(input);
  if (!parsed.success)
    return err(
      'compact.invalid',
      `Not a compact batch: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`,
    );
  const b = parsed.data;
  const layout: Layout = b.layout ?? 1;
  const both = idsOf(b, layout);
  if (!both) return err('compact.invalid', 'Row runs out of range');
  const { ids, recordIds } = both;
  const n = ids.length;
  if ([b.table, b.node, b.ms, b.counter].some((column) => column.length !== n))
    return err('compact.invalid', 'Columns of different lengths');
  const deletes = fromRuns(b.deletes, n, layout);
  if (!deletes) return err('compact.invalid', 'Row runs out of range');
  // Clocks first: derived values need them.
  const clocks: { ms: number; hlc: string }[] = [];
  let ms = 0;
  for (let row = 0; row < n; row += 1) {
    ms += b.ms[row] as number;
    const node = b.nodes[b.node[row] as number];
    const counter = b.counter[row] as number;
    if (node === undefined || ms < 0 || counter > 99_999 || !/^[0-9a-zA-Z_-]{1,64}$/.test(node))
      return err('compact.invalid', `Row ${row}: bad clock`);
    clocks.push({ ms, hlc: encodeHlc({ ms, counter, node }) });
  }
  const fieldsOf: Record<string, unknown>[] = Array.from({ length: n }, () => ({}));
  for (const [name, kinds] of Object.entries(b.derived)) {
    for (const kind of DERIVED) {
      const rows = fromRuns(kinds[kind] ?? [], n, layout);
      if (!rows || (kind === 'previousRecordId' && (layout === 1 ? rows.length > 0 : rows[0] === 0)))
        return err('compact.invalid', `Derived ${name} out of range`);
      for (const row of rows) {
        const clock = clocks[row] as { ms: number; hlc: string };
        (fieldsOf[row] as Record<string, unknown>)[name] =
          kind === 'recordId'
            ? recordIds[row]
            : kind === 'previousRecordId'
              ? recordIds[row - 1]
              : kind === 'hlc'
                ? clock.hlc
                : clock.ms;
      }
    }
  }
  for (const [name, column] of Object.entries(b.fields)) {
    const rows = fromRuns(column.rows, n, layout);
    if (!rows || rows.length !== column.values.length)
      return err('compact.invalid', `Column ${name} does not match its rows`);
    rows.forEach((row, i) => {
      (fieldsOf[row] as Record<string, unknown>)[name] = column.values[i];
    });
  }
  const deleted = new Set(deletes);
  const mutations: Mutation[] = [];
  for (let row = 0; row < n; row += 1) {
    const table = b.tables[b.table[row] as number];
    if (table === undefined) return err('compact.invalid', `Row ${row} points outside its lists`);
    const m: Mutation = {
      id: ids[row] as string,
      table,
      recordId: recordIds[row] as string,
      op: deleted.has(row) ? 'delete' : 'upsert',
      hlc: (clocks[row] as { hlc: string }).hlc,
      fields: fieldsOf[row] as Record<string, unknown>,
    };
    const problem = rowProblem(m.id, m.table, m.recordId, m.hlc);
    if (problem) return err('compact.invalid', `Row ${row}: ${problem}`);
    mutations.push(m);
  }
  return ok({ schemaVersion: b.schemaVersion, mutations });
}

/**
 * Results of a compact push, by position: one letter per mutation (a applied, d duplicate, r rejected,
 * q held by the county for a clock too far ahead) and the details of the refused ones.
 */
export const compactResultsSchema = z.object({
  statuses: z.string().regex(/^[adrq]*$/),
  rejected: z.array(z.object({ i: z.number().int().nonnegative(), code: z.string(), message: z.string().optional() })),
});
export type CompactResults = z.infer<typeof compactResultsSchema>;

export function encodeResults(results: readonly PushResult[]): CompactResults {
  return {
    statuses: results
      .map((r) => (r.status === 'duplicate' ? 'd' : r.status === 'rejected' ? 'r' : r.status === 'held' ? 'q' : 'a'))
      .join(''),
    rejected: results.flatMap((r, i) =>
      r.status === 'rejected' ? [{ i, code: r.code ?? 'rejected', ...(r.message ? { message: r.message } : {}) }] : [],
    ),
  };
}

export function decodeResults(sent: readonly Pick<Mutation, 'id'>[], compact: CompactResults): PushResult[] {
  const details = new Map(compact.rejected.map((r) => [r.i, r]));
  const results: PushResult[] = [];
  sent.forEach((m, i) => {
    const s = compact.statuses[i];
    if (s === 'a') results.push({ id: m.id, status: 'applied' });
    else if (s === 'q') results.push({ id: m.id, status: 'held', code: 'clock.ahead' });
    else if (s === 'd') results.push({ id: m.id, status: 'duplicate' });
    else if (s === 'r')
      results.push({
        id: m.id,
        status: 'rejected',
        code: details.get(i)?.code ?? 'rejected',
        message: details.get(i)?.message,
      });
  });
  return results;
}
