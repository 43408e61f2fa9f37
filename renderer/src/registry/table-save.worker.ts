import { appEnv } from '../db/commands/env';
import { loadPinyin } from './pinyin';
import type { CheckerEnd } from './table-check-protocol';
import type { FromSaver, ToSaver } from './table-save-protocol';
import { serveTableSaves } from './table-save-serve';

/**
 * The save's Web Worker: writing 10,000 rows (search keys, checks, records, outbox and audit) takes seconds on a
 * slow PC, and here it never holds up the page. It opens the station's database itself (`appEnv`); all it does
 * is in `serveTableSaves`.
 */
serveTableSaves(self as unknown as CheckerEnd<ToSaver, FromSaver>, appEnv, () =>
  Promise.all([appEnv().db.open(), loadPinyin()]),
);
