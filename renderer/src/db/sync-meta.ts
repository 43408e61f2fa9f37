/** Sync bookkeeping kept in the `meta` table (never synced, never audited). */
export const SYNC_META = {
  /** the county's `seq` up to which pulled changes are committed here */
  cursor: 'sync.cursor',
  /** the county database's lifetime id last seen */
  epoch: 'sync.epoch',
  /** the county server's address */
  server: 'sync.server',
  lastSuccess: 'sync.lastSuccess',
  /** set (to the day) when the made-up demo county was loaded: such a PC is never enrolled and exports nothing */
  demo: 'demo.loaded',
} as const;
