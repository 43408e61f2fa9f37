import { describe, expect, it } from 'vitest';
import { PIN_KDF, pinHashSchema } from '#shared/auth/pin';
import { hashPin, verifyPin } from './pin-hash';

describe('PIN hashing', () => {
  it('stores salted PBKDF2-SHA256 with at least 600,000 iterations, and verifies only the right PIN', async () => {
    const stored = await hashPin('246810');
    expect(stored.algorithm).toBe('PBKDF2-SHA256');
    expect(stored.iterations).toBeGreaterThanOrEqual(600_000);
    expect(pinHashSchema.safeParse(stored).success).toBe(true);
    expect(stored.hash).not.toContain('246810');
    expect(await verifyPin('246810', stored)).toBe(true);
    expect(await verifyPin('246811', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts: the same PIN twice gives two different hashes', async () => {
    const [a, b] = await Promise.all([hashPin('135790'), hashPin('135790')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses to store a hash weaker than the policy', () => {
    expect(
      pinHashSchema.safeParse({ algorithm: PIN_KDF.name, iterations: 1000, salt: 'A'.repeat(24), hash: 'A'.repeat(44) })
        .success,
    ).toBe(false);
  });
});
