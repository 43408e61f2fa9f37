import { initial } from './001-initial';
import { consoleAccounts } from './002-console-accounts';
import { deviceTokens } from './003-device-tokens';
import { clockHolds } from './007-clock-holds';
import type { Migration } from './migration';

/**
 * Versions 4 to 6 are taken by work landing beside this list; until it lands they are empty steps so that the
 * versions run without a gap. When a real step for one of them lands, it replaces the empty one here.
 */
const reserved = (version: number): Migration => ({ version, name: `reserved-${version}`, statements: [] });

/** Every migration, in version order. A new one is a file `NNN-name.ts` beside this one and a line here. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  consoleAccounts,
  deviceTokens,
  reserved(4),
  reserved(5),
  reserved(6),
  clockHolds,
];

/** Every table the migrations create, in an order a restore can load them in. */
export const ALL_TABLES: readonly string[] = MIGRATIONS.flatMap((m) => m.tables ?? []);
