import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOGIN_OUTCOMES } from '#shared/errors/accounts';
import { ERROR_CODES, ERROR_TABLES, isErrorCode } from '#shared/errors/codes';
import { en } from '#renderer/i18n/en';
import { zhCN } from '#renderer/i18n/zh-CN';

// Every error code has a message in both languages, so no one ever sees a generic fallback (or a raw code)
// where a clear sentence was due. `err`, `fail` and the error types only take codes of shared/errors; the
// codes zod schemas carry as plain strings are found by scanning the sources.
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

const PATTERNS = [
  /\b(?:fail|err)\(\s*'([a-zA-Z.]+)'/g, // fail('code', …) / err('code', …)
  /\berror:\s*'([a-zA-Z.]+)'/g, // zod: { error: 'code' }
  /\bmessage:\s*'([a-zA-Z.]+)'/g, // zod addIssue({ message: 'code' })
  /\.refine\([^,]+,\s*'([a-zA-Z.]+)'/g, // .refine(fn, 'code')
  /\bcode:\s*'([a-zA-Z]+\.[a-zA-Z.]+)'/g, // rule findings { field, code: 'x.y' }
];

function codesIn(source: string): string[] {
  return PATTERNS.flatMap((p) => [...source.matchAll(p)].map((m) => m[1] ?? ''));
}

// Strings the scan meets that are not error codes: zod's own issue kind.
const NOT_CODES = new Set(['custom']);

describe('error codes', () => {
  // Match reasons (shared/matching) are not errors: each carries its own zh and en text (messages.ts).
  const sources = ['shared', 'renderer/src', 'electron']
    .flatMap((d) => files(d))
    .filter((f) => !f.startsWith(join('shared', 'matching')));
  const scanned = new Set(sources.flatMap((f) => codesIn(readFileSync(f, 'utf8'))));

  it('finds the codes (the scan itself works)', () => {
    expect(scanned.has('areaCode.length')).toBe(true);
    expect(scanned.has('residentId.checksum')).toBe(true);
    expect(scanned.has('auth.forbidden')).toBe(true);
    expect(scanned.has('village.latitude')).toBe(true);
  });

  it('knows every code the sources use, zod messages included', () => {
    expect([...scanned].filter((c) => !NOT_CODES.has(c) && !isErrorCode(c))).toEqual([]);
  });

  it('puts each code in one table', () => {
    const all = Object.values(ERROR_TABLES).flatMap((table) => Object.keys(table));
    expect(all.length).toBe(ERROR_CODES.length);
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['zh-CN', zhCN.errors as Readonly<Record<string, string>>],
    ['en', en.errors as Readonly<Record<string, string>>],
  ])('has a %s message for every one', (_lang, messages) => {
    const missing = ERROR_CODES.filter((c) => !Object.hasOwn(LOGIN_OUTCOMES, c) && !Object.hasOwn(messages, c));
    expect(missing).toEqual([]);
  });

  it('has the log-in outcomes worded on the PIN screen in both languages', () => {
    for (const code of Object.keys(LOGIN_OUTCOMES)) {
      const key = code.replace(/^login\./, '');
      expect(Object.keys(zhCN.login)).toContain(key);
      expect(Object.keys(en.login)).toContain(key);
    }
  });
});
