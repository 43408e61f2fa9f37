import type { LedgerName } from '../api/types';

/** The ledgers the console lists under 台账, in menu order (duplicates and stations have screens of their own). */
export const MENU_LEDGERS = [
  'seekers',
  'jobs',
  'placements',
  'visits',
  'trainees',
  'subsidy-claims',
  'rights-findings',
] as const satisfies readonly LedgerName[];

export type MenuLedger = (typeof MENU_LEDGERS)[number];

export const isMenuLedger = (name: string | undefined): name is MenuLedger =>
  (MENU_LEDGERS as readonly string[]).includes(name ?? '');

/** The ledgers whose export the exports API writes. */
export const EXPORTABLE: readonly LedgerName[] = [...MENU_LEDGERS, 'stations'];
