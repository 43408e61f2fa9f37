import { z } from 'zod';
import { isIsoDate } from '#shared/entities/common';
import type { LedgerFilter } from './ledger-source';

/** A calendar day that exists, `YYYY-MM-DD`. */
export const isoDaySchema = z.string().refine(isIsoDate, { message: 'not a date (YYYY-MM-DD)' });

const filterShape = {
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  station: z.uuid({ message: 'not a station id' }).optional(),
  area: z
    .string()
    .regex(/^\d{2,12}$/, { message: 'not an area code (2–12 digits)' })
    .optional(),
};

const inOrder = (q: { from?: string; to?: string }) => !q.from || !q.to || q.from <= q.to;
const ORDER = { message: 'from is after to', path: ['to'] };

/** `summary` and `trend`: a period (both ends) and optionally a station or an area. */
export const periodQuerySchema = z
  .object({ ...filterShape, from: isoDaySchema, to: isoDaySchema })
  .strict()
  .refine(inOrder, ORDER);
export type PeriodQuery = z.infer<typeof periodQuerySchema>;

/** Parameters every ledger takes besides its own filters (docs/county-console.md). */
export const LEDGER_PARAMS = [
  'from',
  'to',
  'station',
  'area',
  'q',
  'sort',
  'order',
  'page',
  'pageSize',
  'full',
  'reason',
];

/**
 * A ledger page's query: the common filter, text, sort, page, the ask for full numbers; any other parameter
 * is one of the ledger's own filters (checked by the ledger).
 */
export const ledgerQuerySchema = z
  .object({
    ...filterShape,
    q: z.string().trim().max(100).optional(),
    sort: z.string().max(40).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
    full: z.literal('1').optional(),
    reason: z.string().trim().min(2).max(200).optional(),
  })
  .catchall(z.string().max(64))
  .refine(inOrder, ORDER);
export type LedgerQuery = z.infer<typeof ledgerQuerySchema>;

/** The ledger filter a parsed query asks for: the common part and, apart, the ledger's own filters. */
export function ledgerFilterOf(query: Readonly<Record<string, unknown>>): LedgerFilter {
  const own: Record<string, string> = {};
  for (const [key, value] of Object.entries(query))
    if (!LEDGER_PARAMS.includes(key) && typeof value === 'string') own[key] = value;
  const pick = (key: string): string | undefined => {
    const value = query[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const filter: LedgerFilter = {
    ...(pick('from') ? { from: pick('from') } : {}),
    ...(pick('to') ? { to: pick('to') } : {}),
    ...(pick('station') ? { station: pick('station') } : {}),
    ...(pick('area') ? { area: pick('area') } : {}),
    ...(pick('q') ? { q: pick('q') } : {}),
  };
  return Object.keys(own).length > 0 ? { ...filter, own } : filter;
}
