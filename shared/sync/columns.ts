import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { decodeHlc, encodeHlc } from './hlc';
import type { PushResult } from './batch';
import { mutationSchema, type Mutation } from './mutation';
import { MAX_MUTATIONS_PER_PUSH } from './wire';

/**
 * The compact batch encoding, a second content type beside the plain JSON of the contract (DESIGN.md allows
 * one, advertised by /health). Same mutations, laid out by column so that gzip finds the repetition a row
 * layout hides: every field's values sit together (all names, then all phones …), field names are written
 * once per batch, a value the row already carries (its recordId, its clock, the clock's milliseconds — an
 * audit entry's id, hlc and time) is marked instead of repeated, a mutation id equal to its recordId (an
 * append-only entry's) likewise, and clocks become a device list plus small millisecond steps. Decoding gives back exactly the mutations that were encoded
 * (property-tested), which then take the same checked path as plain JSON. Pure.
 */
export const COMPACT_CONTENT_TYPE = 'application/vnd.doorstep.batch+json';

/** Row indexes as runs: [start, length, start, length, …] (a full column is one run). */
const runsSchema = z.array(z.number().int().nonnegative()).max(2 * MAX_MUTATIONS_PER_PUSH);

const DERIVED = ['recordId', 'hlc', 'ms'] as const;
type Derived = (typeof DERIVED)[number];

export const compactBatchSchema = z
  .object({
    schemaVersion: z.number().int().min(1),
    recordId: z.array(z.string()).min(1).max(MAX_MUTATIONS_PER_PUSH),
    /** mutation ids, except on the rows in `idIsRecord` (their id is their recordId) */
    id: z.array(z.string()).max(MAX_MUTATIONS_PER_PUSH),
    idIsRecord: runsSchema,
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
    /** field → rows whose value is the row's own recordId, clock, or clock milliseconds */
    derived: z.record(
      z.string(),
      z.object({ recordId: runsSchema, hlc: runsSchema, ms: runsSchema }).partial().strict(),
    ),
    /** field → rows that carry it and their values, in row order */
    fields: z.record(z.string(), z.object({ rows: runsSchema, values: z.array(z.unknown()) }).strict()),
  })
  .strict();
export type CompactBatch = z.infer<typeof compactBatchSchema>;

function toRuns(rows: readonly number[]): number[] {
  const runs: number[] = [];
  for (const r of rows) {
    const last = runs.length - 2;
    if (last >= 0 && (runs[last] as number) + (runs[last + 1] as number) === r)
      runs[last + 1] = (runs[last + 1] as number) + 1;
    else runs.push(r, 1);
  }
  return runs;
}

function fromRuns(runs: readonly number[], count: number): number[] | null {
  if (runs.length % 2 !== 0) return null;
  const rows: number[] = [];
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] as number;
    const length = runs[i + 1] as number;
    if (start + length > count || rows.length + length > count) return null;
    for (let r = start; r < start + length; r += 1) rows.push(r);
  }
  return rows;
}

export function encodeCompact(schemaVersion: number, mutations: readonly Mutation[]): CompactBatch {
  const tables: string[] = [];
  const nodes: string[] = [];
  const fields: Record<string, { rows: number[]; values: unknown[] }> = {};
  const derived: Record<string, Partial<Record<Derived, number[]>>> = {};
  const idIsRecord: number[] = [];
  const ids: string[] = [];
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
    if (m.id === m.recordId) idIsRecord.push(row);
    else ids.push(m.id);
    const own: Record<Derived, unknown> = { recordId: m.recordId, hlc: m.hlc, ms: clock.value.ms };
    for (const [name, value] of Object.entries(m.fields)) {
      const same = DERIVED.find((d) => own[d] === value);
      if (same) {
        ((derived[name] ??= {})[same] ??= []).push(row);
        continue;
      }
      const column = (fields[name] ??= { rows: [], values: [] });
      column.rows.push(row);
      column.values.push(value);
    }
  });
  return {
    schemaVersion,
    recordId: mutations.map((m) => m.recordId),
    id: ids,
    idIsRecord: toRuns(idIsRecord),
    tables,
    ...out,
    nodes,
    deletes: toRuns(deletes),
    derived: Object.fromEntries(
      Object.entries(derived).map(([name, d]) => [
        name,
        Object.fromEntries(Object.entries(d).map(([k, rows]) => [k, toRuns(rows)])),
      ]),
    ),
    fields: Object.fromEntries(
      Object.entries(fields).map(([name, c]) => [name, { rows: toRuns(c.rows), values: c.values }]),
    ),
  };
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
  const n = b.recordId.length;
  if ([b.table, b.node, b.ms, b.counter].some((column) => column.length !== n))
    return err('compact.invalid', 'Columns of different lengths');
  const deletes = fromRuns(b.deletes, n);
  const idIsRecord = fromRuns(b.idIsRecord, n);
  if (!deletes || !idIsRecord || idIsRecord.length + b.id.length !== n)
    return err('compact.invalid', 'Row runs out of range');
  const recordIdRows = new Set(idIsRecord);
  const ids: string[] = [];
  for (let row = 0, next = 0; row < n; row += 1)
    ids.push(recordIdRows.has(row) ? (b.recordId[row] as string) : (b.id[next++] as string));
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
      const rows = fromRuns(kinds[kind] ?? [], n);
      if (!rows) return err('compact.invalid', `Derived ${name} out of range`);
      for (const row of rows) {
        const clock = clocks[row] as { ms: number; hlc: string };
        (fieldsOf[row] as Record<string, unknown>)[name] =
          kind === 'recordId' ? b.recordId[row] : kind === 'hlc' ? clock.hlc : clock.ms;
      }
    }
  }
  for (const [name, column] of Object.entries(b.fields)) {
    const rows = fromRuns(column.rows, n);
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
    const m = mutationSchema.safeParse({
      id: ids[row],
      table,
      recordId: b.recordId[row],
      op: deleted.has(row) ? 'delete' : 'upsert',
      hlc: (clocks[row] as { hlc: string }).hlc,
      fields: fieldsOf[row],
    });
    if (!m.success)
      return err(
        'compact.invalid',
        `Row ${row}: ${m.error.issues[0]?.path.join('.') ?? ''} ${m.error.issues[0]?.message ?? ''}`,
      );
    mutations.push(m.data);
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
