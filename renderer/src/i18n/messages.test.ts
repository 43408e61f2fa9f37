import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty text', () => {
    const texts = (m: unknown): unknown[] =>
      typeof m === 'object' && m !== null ? Object.values(m).flatMap(texts) : [m];
    for (const t of [...texts(en), ...texts(zhCN)]) expect(String(t).trim()).not.toBe('');
  });
});
