import type { TFunction } from 'i18next';
import type { LedgerCell, LedgerColumn } from '../api/types';
import { formatDateTime } from '../ui/format';

/** A cell as the column's kind says: a rate as a percentage, a moment in Beijing time, empty as a dash. */
export function renderCell(t: TFunction, column: LedgerColumn, value: LedgerCell | undefined): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (column.kind === 'percent' && typeof value === 'number')
    return t('ledgers.percent', { value: Math.round(value * 1000) / 10 });
  if (column.kind === 'datetime' && typeof value === 'number') return formatDateTime(value);
  return String(value);
}

/** The column's header in the reader's language. */
export const headerOf = (column: LedgerColumn, english: boolean): string =>
  english ? column.headerEn : column.headerZh;
