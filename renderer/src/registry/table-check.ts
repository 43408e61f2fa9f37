import { parseJobRows, type JobImport } from '#shared/registry/job-import';
import { parseSeekerRows, seekerIdNumbers, type SeekerImport } from '#shared/registry/seeker-import';
import { ok, type Result } from '#shared/result';
import { readTableFile } from './read-table-file';

/**
 * Checking a chosen spreadsheet: read the file, then check every row with the shared rules (`#shared/registry`).
 * The same code runs in the check's Web Worker and, where there is no Worker (unit tests), in the page. It
 * never opens the database: what it must know from there (the ID numbers registered already) it asks through
 * `ports.registered`.
 */
export type CheckRequest =
  | {
      readonly kind: 'seekers';
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly today: string;
      /** the staff member recording the consent the rows carry */
      readonly recordedBy: string;
    }
  | {
      readonly kind: 'jobs';
      readonly fileName: string;
      readonly bytes: Uint8Array;
      readonly today: string;
      /** employers registered, by name → id */
      readonly employers: ReadonlyMap<string, string>;
    };

export type CheckProgress =
  { readonly phase: 'reading' } | { readonly phase: 'checking'; readonly checked: number; readonly total: number };

export type CheckOutcome =
  { readonly kind: 'seekers'; readonly parsed: SeekerImport } | { readonly kind: 'jobs'; readonly parsed: JobImport };

export interface CheckPorts {
  readonly progress: (progress: CheckProgress) => void;
  /** which of these ID numbers are registered already */
  readonly registered: (idNumbers: readonly string[]) => Promise<ReadonlySet<string>>;
}

export async function checkTableFile(request: CheckRequest, ports: CheckPorts): Promise<Result<CheckOutcome>> {
  ports.progress({ phase: 'reading' });
  const rows = await readTableFile(request.fileName, request.bytes);
  if (!rows.ok) return rows;
  const progress = (checked: number, total: number) => ports.progress({ phase: 'checking', checked, total });
  progress(0, Math.max(0, rows.value.length - 1));
  if (request.kind === 'jobs')
    return ok({ kind: 'jobs', parsed: parseJobRows(rows.value, request.today, request.employers, progress) });
  const registered = await ports.registered(seekerIdNumbers(rows.value, request.today));
  return ok({
    kind: 'seekers',
    parsed: parseSeekerRows(rows.value, request.today, registered, request.recordedBy, progress),
  });
}
