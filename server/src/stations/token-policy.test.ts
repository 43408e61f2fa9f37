import { describe, expect, it } from 'vitest';
import {
  judgeToken,
  LAST_USE_STEP_MS,
  TOKEN_GRACE_MS,
  TOKEN_IDLE_EXPIRY_MS,
  TOKEN_RENEW_AFTER_MS,
  type DeviceToken,
  type TokenVerdict,
} from './token-policy';

const NOW = Date.UTC(2026, 10, 25, 10);
const CURRENT = 'a'.repeat(64);
const PREVIOUS = 'b'.repeat(64);
const OTHER = 'c'.repeat(64);

const fresh: DeviceToken = {
  tokenHash: CURRENT,
  tokenIssuedAt: NOW - 1_000,
  previousTokenHash: null,
  previousValidUntil: null,
  lastUsedAt: NOW - 1_000,
};
const renewed: DeviceToken = { ...fresh, previousTokenHash: PREVIOUS, previousValidUntil: NOW + TOKEN_GRACE_MS };

const good = (over: Partial<Extract<TokenVerdict, { ok: true }>> = {}): TokenVerdict => ({
  ok: true,
  usedPrevious: false,
  renew: false,
  forgetPrevious: false,
  touch: false,
  ...over,
});

/** One row per rule and its edges: the device differs from `fresh` as given, the request carries `used`. */
const rows: [string, DeviceToken, string, TokenVerdict][] = [
  ['its current token, used a second ago', fresh, CURRENT, good()],
  ['a token it never had', fresh, OTHER, { ok: false, reason: 'unknown' }],
  [
    'the last use a minute old is written again',
    { ...fresh, lastUsedAt: NOW - LAST_USE_STEP_MS },
    CURRENT,
    good({ touch: true }),
  ],
  ['never used before', { ...fresh, lastUsedAt: null }, CURRENT, good({ touch: true })],
  ['a token exactly 30 days old is kept', { ...fresh, tokenIssuedAt: NOW - TOKEN_RENEW_AFTER_MS }, CURRENT, good()],
  [
    'a token older than 30 days is renewed',
    { ...fresh, tokenIssuedAt: NOW - TOKEN_RENEW_AFTER_MS - 1 },
    CURRENT,
    good({ renew: true }),
  ],
  ['the new token after a renewal: the old one is forgotten', renewed, CURRENT, good({ forgetPrevious: true })],
  [
    'the old token within the grace period: renewed again',
    renewed,
    PREVIOUS,
    good({ usedPrevious: true, renew: true }),
  ],
  [
    'the old token on the grace period’s last millisecond',
    { ...renewed, previousValidUntil: NOW },
    PREVIOUS,
    good({ usedPrevious: true, renew: true }),
  ],
  [
    'the old token after the grace period',
    { ...renewed, previousValidUntil: NOW - 1 },
    PREVIOUS,
    { ok: false, reason: 'grace-over' },
  ],
  ['another token while one is in its grace period', renewed, OTHER, { ok: false, reason: 'unknown' }],
  [
    'unused for exactly 180 days',
    { ...fresh, tokenIssuedAt: NOW - TOKEN_IDLE_EXPIRY_MS, lastUsedAt: null },
    CURRENT,
    good({ renew: true, touch: true }),
  ],
  [
    'unused for 180 days and a millisecond',
    { ...fresh, tokenIssuedAt: NOW - TOKEN_IDLE_EXPIRY_MS - 1, lastUsedAt: NOW - TOKEN_IDLE_EXPIRY_MS - 1 },
    CURRENT,
    { ok: false, reason: 'idle' },
  ],
  [
    'an old token used every week is renewed, never idle',
    { ...fresh, tokenIssuedAt: NOW - TOKEN_IDLE_EXPIRY_MS * 2, lastUsedAt: NOW - 7 * 24 * 60 * 60 * 1000 },
    CURRENT,
    good({ renew: true, touch: true }),
  ],
];

describe('what a device token is worth', () => {
  it.each(rows)('%s', (_name, device, used, expected) => {
    expect(judgeToken(device, used, NOW)).toEqual(expected);
  });
});
