/** Sync bookkeeping kept in the `meta` table (never synced, never audited). */
export const SYNC_META = {
  /** the county's `seq` up to which pulled changes are committed here */
  cursor: 'sync.cursor',
  /** the county database's lifetime id last seen */
  epoch: 'sync.epoch',
  /** the county server's address */
  server: 'sync.server',
  lastSuccess: 'sync.lastSuccess',
  /** what the county last told this station (JSON: the pull answer's `notices`, whole) */
  notices: 'sync.notices',
  /** the county's time as last seen in its `/health` (JSON `CountySighting`): the device clock stays near it */
  countyClock: 'sync.countyClock',
  /** the last time this PC's clock was found ahead of the county's and set back (JSON `ClockCorrection`) */
  clockCorrection: 'sync.clockCorrection',
  /**
   * set when this PC was restored from a backup: its pulls ask for its own device's changes too (what it sent
   * after the backup was made), until one whole pull has finished
   */
  pullOwn: 'sync.pullOwn',
  /** set (to the day) when the made-up demo county was loaded: such a PC is never enrolled and exports nothing */
  demo: 'demo.loaded',
} as const;
