import { z } from 'zod';
import { isHlc } from './hlc';

/** One change of one record, as it travels to the county server (DESIGN.md, sync protocol). */
export const mutationSchema = z.object({
  id: z.uuid({ version: 'v7' }),
  table: z.string().min(1).max(64),
  recordId: z.string().min(1).max(64),
  op: z.enum(['upsert', 'delete']),
  hlc: z.string().refine(isHlc, 'hlc.format'),
  fields: z.record(z.string(), z.unknown()),
});
export type Mutation = z.infer<typeof mutationSchema>;

/** Fields kept by the store itself, never compared as user changes. */
const BOOKKEEPING = new Set(['updatedAt']);

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields of `next` that differ from `prev` (all of them for a new record). Only these travel in a
 * mutation: "fields holds only the fields that changed".
 */
export function changedFields<T extends Record<string, unknown>>(prev: T | undefined, next: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T & string)[]) {
    if (BOOKKEEPING.has(key)) continue;
    if (!prev || !sameValue(prev[key], next[key])) out[key] = next[key];
  }
  return out;
}
