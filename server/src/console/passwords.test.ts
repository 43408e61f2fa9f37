import { describe, expect, it } from 'vitest';
import {
  generatePassword,
  hashPassword,
  needsRehash,
  SCRYPT_PARAMS,
  verifyAgainstDecoy,
  verifyPassword,
} from './passwords';

// Cheap parameters where the test is about the format, not the cost.
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('console passwords (scrypt)', () => {
  it('stores scrypt with N = 2^15, r = 8, p = 1, a 16-byte salt and the parameters beside the key', async () => {
    expect(SCRYPT_PARAMS).toEqual({ N: 32768, r: 8, p: 1 });
    const stored = await hashPassword('correct horse battery');
    const [scheme, n, r, p, salt, key] = stored.split('$');
    expect([scheme, n, r, p]).toEqual(['scrypt', '32768', '8', '1']);
    expect(Buffer.from(salt ?? '', 'base64url')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64url')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash: the same password twice gives two hashes, both right', async () => {
    const a = await hashPassword('一二三四五六七八九十', CHEAP);
    const b = await hashPassword('一二三四五六七八九十', CHEAP);
    expect(a).not.toBe(b);
    expect(await verifyPassword('一二三四五六七八九十', a)).toBe(true);
    expect(await verifyPassword('一二三四五六七八九十', b)).toBe(true);
  });

  it('reads the parameters from the stored hash, and calls a weaker one due for renewal', async () => {
    const weak = await hashPassword('correct horse battery', CHEAP);
    expect(weak.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('correct horse battery', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it('treats composed and decomposed accents as one password (NFC)', async () => {
    const stored = await hashPassword('caf\u00e9 au lait 2026', CHEAP);
    expect(await verifyPassword('cafe\u0301 au lait 2026', stored)).toBe(true);
  });

  it('matches nothing against a damaged or absurd hash, without throwing', async () => {
    const good = await hashPassword('correct horse battery', CHEAP);
    const parts = good.split('$');
    const damaged = [
      '',
      'nonsense',
      good.replace('scrypt', 'bcrypt'),
      [...parts.slice(0, 1), '1000', ...parts.slice(2)].join('$'), // N not a power of two
      [...parts.slice(0, 1), String(2 ** 30), ...parts.slice(2)].join('$'), // 128 GiB of memory
      [...parts.slice(0, 4), 'AA', parts[5]].join('$'), // salt too short
      `${good}$extra`,
    ];
    for (const stored of damaged) expect(await verifyPassword('correct horse battery', stored)).toBe(false);
  });

  it('checks an unknown account against a decoy at today’s cost, and never matches', async () => {
    // The fastest of three runs each, so a busy machine's pauses do not decide.
    const fastest = async (work: () => Promise<unknown>) => {
      let best = Infinity;
      for (let i = 0; i < 3; i += 1) {
        const start = performance.now();
        await work();
        best = Math.min(best, performance.now() - start);
      }
      return best;
    };
    const stored = await hashPassword('correct horse battery');
    const real = await fastest(() => verifyPassword('wrong horse battery', stored));
    const cheap = await fastest(() => hashPassword('correct horse battery', CHEAP));
    const decoy = await fastest(() => verifyAgainstDecoy('correct horse battery'));
    expect(await verifyAgainstDecoy('correct horse battery')).toBe(false);
    expect(decoy).toBeGreaterThan(real / 2);
    expect(decoy).toBeGreaterThan(cheap * 4);
  });

  it('generates 20 unambiguous characters in groups of five', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const password = generatePassword();
      expect(password).toMatch(/^[a-km-np-z2-9]{5}(-[a-km-np-z2-9]{5}){3}$/);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
