import { z, type ZodType } from 'zod';
import type { TableKind } from '#shared/entities/tables';
import { countyOfficeOnly, isSyncTable, SYNC_TABLES } from '#shared/sync/tables';

/**
 * How the server checks each synced table's mutations (which tables and how they are owned: the table
 * registry, shared/entities/tables.ts, through shared/sync/tables.ts). Fields are checked against the same
 * schemas the app writes with: any subset for records, the whole entry for append-only tables, never an
 * unknown field.
 */
export interface ServerTable {
  readonly kind: TableKind;
  readonly fields: ZodType<Record<string, unknown>>;
  /** only a county office may push it */
  readonly countyOffice: boolean;
}

/**
 * A record mutation carries any subset of fields, so it is checked field by field: the schema's fields without
 * its cross-field rules (zod refuses `.partial()` of a refined object; the app checks those rules when it
 * writes the whole record).
 */
const fieldsOnly = (schema: z.ZodObject): z.ZodObject => z.object(schema.shape);

const checks = new Map<string, ServerTable>(
  [...SYNC_TABLES].map(([name, { kind, schema }]) => [
    name,
    {
      kind,
      fields: (kind === 'append' ? schema.strict() : fieldsOnly(schema).partial().strict()) as unknown as ZodType<
        Record<string, unknown>
      >,
      countyOffice: countyOfficeOnly(name),
    },
  ]),
);

export const serverTable = (name: string): ServerTable | undefined =>
  isSyncTable(name) ? checks.get(name) : undefined;

/** Short, readable list of what was wrong with a mutation's fields. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(fields)'}: ${i.message}`)
    .join('; ');
}
