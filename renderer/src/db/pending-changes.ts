/**
 * What the station calls "changes waiting for the county": one per changed record, not yet refused. The audit
 * entries that travel with them are not counted (they are the record of who made the change, not a change).
 * The 同步 page, the home card and the USB export all count with this one rule, so they always agree (the
 * pages count it from the outbox's indexes: outbox-counts.ts, whose tests hold it to this rule).
 */
export const isPendingChange = (entry: { readonly table: string; readonly rejected?: unknown }): boolean =>
  !entry.rejected && entry.table !== 'audit';

export const countPendingChanges = (entries: readonly { readonly table: string; readonly rejected?: unknown }[]) =>
  entries.filter(isPendingChange).length;
