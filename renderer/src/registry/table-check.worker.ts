import type { CheckerEnd, FromChecker, ToChecker } from './table-check-protocol';
import { serveTableChecks } from './table-check-serve';

/**
 * The check's Web Worker: reading an XLSX of 10,000 rows and checking every row takes seconds on a slow PC,
 * and here it never holds up the page. All it does is in `serveTableChecks`.
 */
serveTableChecks(self as unknown as CheckerEnd<ToChecker, FromChecker>);
