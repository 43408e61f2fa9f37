import type { LedgerFilter, LedgerSource } from '../ledger-source';
import { beijingText } from './cells';

export interface ExportInput {
  readonly source: LedgerSource;
  readonly filter: LedgerFilter;
  /** Full identity numbers and phones; masked otherwise. */
  readonly full: boolean;
  /** When the export was made (ms). */
  readonly at: number;
}

/** What the filter selected, in words: `2026-11-01 至 2026-11-30；站点 …；地区 5226…`, or `全部记录`. */
export function describeFilter(filter: LedgerFilter): string {
  const parts: string[] = [];
  if (filter.from || filter.to) parts.push(`${filter.from ?? '最早'} 至 ${filter.to ?? '今天'}`);
  if (filter.station) parts.push(`站点 ${filter.station}`);
  if (filter.area) parts.push(`地区代码 ${filter.area} 开头`);
  if (filter.q) parts.push(`关键词“${filter.q}”`);
  return parts.length > 0 ? parts.join('；') : '全部记录';
}

/** The lines of an export's 说明 sheet (and nothing personal: the filter's words are the admin's own). */
export function exportNotes(input: ExportInput, rows: number): [string, string | number][] {
  return [
    ['台账', input.source.titleZh],
    ['每行是', input.source.rowIsZh],
    ['筛选条件', describeFilter(input.filter)],
    ['行数', rows],
    ['导出时间（北京时间）', beijingText(input.at)],
    ['证件号码和手机号', input.full ? '完整（县级管理员按书面理由导出，已记入审计日志）' : '已遮盖'],
  ];
}
