import { initial } from './001-initial';
import { consoleAccounts } from './002-console-accounts';
import { deviceTokens } from './003-device-tokens';
import { reporting } from './004-reporting';
import { duplicateResolutions } from './005-duplicate-resolutions';
import { clockHolds } from './006-clock-holds';
import { deviceAppVersion } from './007-device-app-version';
import { monthlyRollups } from './008-monthly-rollups';
import { ledgerIndexes } from './009-ledger-indexes';
import { areaPeopleRollups } from './010-area-people-rollups';
import { pendingRollups } from './011-pending-rollups';
import { openFollowUps } from './012-open-follow-ups';
import type { Migration } from './migration';

/** Every migration, in version order. A new one is a file `NNN-name.ts` beside this one and a line here. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  consoleAccounts,
  deviceTokens,
  reporting,
  duplicateResolutions,
  clockHolds,
  deviceAppVersion,
  monthlyRollups,
  ledgerIndexes,
  areaPeopleRollups,
  pendingRollups,
  openFollowUps,
];

/** Every table the migrations create, in an order a restore can load them in. */
export const ALL_TABLES: readonly string[] = MIGRATIONS.flatMap((m) => m.tables ?? []);
