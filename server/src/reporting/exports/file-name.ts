import type { LedgerFilter } from '../ledger-source';
import { BEIJING_OFFSET_MS } from './cells';

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The period a filter covers, as a file name says it: `2026-11` (a whole month), `2026` (a whole year),
 * `2026-11-05` (one day), `2026-11-01至2026-11-15`, `2026-11-01起`, `截至2026-11-15`; without dates, `截至` the
 * day the export was made (Beijing time).
 */
export function periodLabel(filter: LedgerFilter, at: number): string {
  const { from, to } = filter;
  if (from && to) {
    if (from === to) return from;
    const [fy, fm, fd] = from.split('-').map(Number);
    const [ty, tm, td] = to.split('-').map(Number);
    if (fy && fm && ty && tm && fy === ty && fd === 1) {
      if (fm === tm && td === lastDayOfMonth(ty, tm)) return from.slice(0, 7);
      if (fm === 1 && tm === 12 && td === 31) return String(fy);
    }
    return `${from}至${to}`;
  }
  if (from) return `${from}起`;
  const today = new Date(at + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
  return `截至${to ?? today}`;
}

/** What a file name may not hold on Windows or in a header: these characters and any control character. */
const unsafe = (text: string) =>
  Array.from(text, (c) => (c.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(c) ? '-' : c)).join('');

/** `522626-培训补贴申领名单-2026-11.xlsx`: the county (or the area asked for), the ledger, the period. */
export function exportFileName(parts: { county: string; title: string; period: string; extension: string }): string {
  return unsafe(`${parts.county}-${parts.title}-${parts.period}.${parts.extension}`);
}

/** RFC 5987 percent-encoding: everything but the attribute characters. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment` with the name twice: `filename*` in UTF-8 (every browser now reads it) and a plain ASCII
 * `filename` for anything that does not.
 */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const plain = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${rfc5987(fileName)}`;
}
