import type { Migration } from './migration';

/**
 * Changes held for a clock too far ahead: indexed by their clock (the release job takes the due ones) and by
 * station (the cap on how many one station may park), and a held change an admin refused, or that the rules
 * refused when it was released, stays with why, so the station hears it and nothing goes quietly.
 */
export const clockHolds: Migration = {
  version: 6,
  name: 'clock-holds',
  statements: [
    'ALTER TABLE quarantine ADD COLUMN refused_at BIGINT',
    'ALTER TABLE quarantine ADD COLUMN refusal_code TEXT',
    'ALTER TABLE quarantine ADD COLUMN refusal_message TEXT',
    'CREATE INDEX quarantine_wall ON quarantine (wall_ms)',
    'CREATE INDEX quarantine_station ON quarantine (station_id)',
  ],
};
