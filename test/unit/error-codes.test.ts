import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '#renderer/i18n/en';
import { zhCN } from '#renderer/i18n/zh-CN';

// Every error code the code can produce must have a message in both languages, so no one ever sees a
// generic fallback (or a raw code) where a clear sentence was due.
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

// Codes the UI handles itself with a dedicated message (login.wrong, login.locked) or internal markers.
const HANDLED_ELSEWHERE = new Set(['login.wrong', 'login.locked', 'custom']);

describe('error codes', () => {
  // Match reasons (shared/matching) are not errors: each carries its own zh and en text (messages.ts).
  const sources = ['shared', 'renderer/src', 'electron']
    .flatMap((d) => files(d))
    .filter((f) => !f.startsWith(join('shared', 'matching')));
  const codes = new Set(sources.flatMap((f) => codesIn(readFileSync(f, 'utf8'))));

  it('finds the codes (the scan itself works)', () => {
    expect(codes.has('areaCode.length')).toBe(true);
    expect(codes.has('residentId.checksum')).toBe(true);
    expect(codes.has('auth.forbidden')).toBe(true);
  });

  it.each([
    ['zh-CN', zhCN.errors as Record<string, string>],
    ['en', en.errors as Record<string, string>],
  ])('has a %s message for every one', (_lang, messages) => {
    const missing = [...codes].filter((c) => !HANDLED_ELSEWHERE.has(c) && !(c in messages));
    expect(missing).toEqual([]);
  });
});
