import { z } from 'zod';
import { LEDGER_NAMES, type LedgerFilter, type LedgerName } from '../ledger-source';
import { dateOf } from './cells';

const day = z
  .string()
  .refine((s) => dateOf(s) !== null, { message: '日期应为 YYYY-MM-DD 格式的真实日期（如 2026-11-01）' });

/**
 * The console's filter as a query string, as a ledger page takes it: paging and sorting are allowed and unused
 * here; any other parameter is one of the ledger's own filters (`status=open`…), which the ledger checks.
 */
export const exportQuerySchema = z
  .object({
    from: day.optional(),
    to: day.optional(),
    station: z
      .string()
      .regex(/^[A-Za-z0-9._-]{1,64}$/, { message: '站点编号不对' })
      .optional(),
    area: z
      .string()
      .regex(/^\d{2,12}$/, { message: '地区代码应为 2–12 位数字' })
      .optional(),
    q: z.string().trim().max(100, { message: '关键词最多 100 个字' }).optional(),
    sort: z.string().max(40).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    page: z.string().max(10).optional(),
    pageSize: z.string().max(10).optional(),
    full: z.enum(['0', '1'], { message: 'full 只能是 0 或 1' }).optional(),
    reason: z.string().max(200, { message: '理由最多 200 个字' }).optional(),
  })
  .catchall(z.string().max(64, { message: '筛选条件太长' }))
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] });
export type ExportQuery = z.infer<typeof exportQuerySchema>;

const COMMON = new Set(['from', 'to', 'station', 'area', 'q', 'sort', 'order', 'page', 'pageSize', 'full', 'reason']);

/** A ledger's filter with the ledger's own filters (`own`), which the ledger reads and checks. */
export type ExportFilter = LedgerFilter & { readonly own?: Readonly<Record<string, string>> };

/** The filter an export reads from its query: empty text left out, the ledger's own filters apart. */
export function filterOf(query: ExportQuery): ExportFilter {
  const filter: { -readonly [K in keyof LedgerFilter]: LedgerFilter[K] } = {};
  if (query.from) filter.from = query.from;
  if (query.to) filter.to = query.to;
  if (query.station) filter.station = query.station;
  if (query.area) filter.area = query.area;
  if (query.q) filter.q = query.q;
  const own: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) if (!COMMON.has(key) && typeof value === 'string') own[key] = value;
  return Object.keys(own).length > 0 ? { ...filter, own } : filter;
}

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `subsidy-claims.xlsx` → its ledger and format; null for anything else. */
export function parseExportFile(file: string): { name: LedgerName; format: ExportFormat } | null {
  const m = /^([a-z-]+)\.(xlsx|csv)$/.exec(file);
  const name = LEDGER_NAMES.find((n) => n === m?.[1]);
  const format = EXPORT_FORMATS.find((f) => f === m?.[2]);
  return name && format ? { name, format } : null;
}
