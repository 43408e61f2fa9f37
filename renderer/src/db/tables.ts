import type { z } from 'zod';
import { TABLES, type TableName } from '#shared/entities/tables';

/**
 * The record tables the command layer writes, with the schema every write is checked against: every table of
 * the registry (shared/entities/tables.ts) but the audit log, which the command layer appends to itself. Which
 * of them sync to the county is the registry's too (local tables still get audit entries).
 */
const { audit: _auditLog, ...records } = TABLES;
export const RECORD_TABLES = records;

export type RecordTableName = Exclude<TableName, 'audit'>;

/** A stored record of a table: its schema's output. */
export type RecordOf<K extends RecordTableName> = z.output<(typeof RECORD_TABLES)[K]['schema']>;
