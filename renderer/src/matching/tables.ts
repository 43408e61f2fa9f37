import { TABLE_NAMES, TABLES, type TableName } from '#shared/entities/tables';

/** The tables matching reads (the registry says which): a change to any of them makes prepared match data stale. */
export const MATCH_TABLES: readonly TableName[] = TABLE_NAMES.filter((name) => TABLES[name].matching);
