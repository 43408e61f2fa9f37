import type { Migration } from './migration';

/**
 * Device tokens that can be revoked, renewed and seen in use: when each device last called (written at most
 * once a minute), when its token was issued (a token is renewed in an answer once it is old; until the station
 * uses the new one, the one it had stays valid for a grace period), and codes voided when a newer one is issued
 * for the same station.
 */
export const deviceTokens: Migration = {
  version: 3,
  name: 'device-tokens',
  statements: [
    'ALTER TABLE enrollments ADD COLUMN last_used_at BIGINT',
    'ALTER TABLE enrollments ADD COLUMN token_issued_at BIGINT',
    'ALTER TABLE enrollments ADD COLUMN previous_token_hash TEXT',
    'ALTER TABLE enrollments ADD COLUMN previous_valid_until BIGINT',
    // Tokens already out count as issued now: none expires or is renewed at once because the server was upgraded.
    {
      sqlite: "UPDATE enrollments SET token_issued_at = CAST(strftime('%s', 'now') AS INTEGER) * 1000",
      postgres: 'UPDATE enrollments SET token_issued_at = CAST(EXTRACT(EPOCH FROM now()) * 1000 AS BIGINT)',
    },
    'CREATE UNIQUE INDEX enrollments_previous_token ON enrollments (previous_token_hash)',
    'ALTER TABLE enrollment_codes ADD COLUMN voided_at BIGINT',
  ],
};
