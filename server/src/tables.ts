import type { z} from 'zod';
import { type ZodObject, type ZodType } from 'zod';
import { auditEntrySchema } from '../../shared/entities/audit';
import { employerSchema } from '../../shared/entities/employer';
import { jobSchema } from '../../shared/entities/job';
import { seekerSchema } from '../../shared/entities/seeker';
import { stationSchema } from '../../shared/entities/station';
import { villageSchema } from '../../shared/entities/village';

/**
 * The tables the county server accepts, and how each is owned (DESIGN.md, sync protocol):
 * - `station`: a station's own records; pushed and pulled only by that station (and the admin).
 * - `county`: county-shared records; pushed by the station that created them, pulled by every station.
 * - `append`: append-only, owned by the station that wrote them; an entry is written once and never changed.
 * Fields are checked against the same schemas the app writes with (any subset, no unknown field).
 */
export type TableKind = 'station' | 'county' | 'append';

export interface ServerTable {
  readonly kind: TableKind;
  readonly fields: ZodType<Record<string, unknown>>;
}

const partialOf = (schema: ZodObject) => schema.partial().strict() as unknown as ZodType<Record<string, unknown>>;

export const SERVER_TABLES: Readonly<Record<string, ServerTable>> = {
  stations: { kind: 'station', fields: partialOf(stationSchema) },
  seekers: { kind: 'station', fields: partialOf(seekerSchema) },
  employers: { kind: 'county', fields: partialOf(employerSchema) },
  jobs: { kind: 'county', fields: partialOf(jobSchema) },
  villages: { kind: 'county', fields: partialOf(villageSchema) },
  audit: { kind: 'append', fields: auditEntrySchema.strict() as unknown as ZodType<Record<string, unknown>> },
};

export const serverTable = (name: string): ServerTable | undefined =>
  Object.prototype.hasOwnProperty.call(SERVER_TABLES, name) ? SERVER_TABLES[name] : undefined;

/** Short, readable list of what was wrong with a mutation's fields. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(fields)'}: ${i.message}`)
    .join('; ');
}
