import { describe, expect, it } from 'vitest';
import { auditZh } from './audit/zh-CN';
import { backupZh } from './backup/zh-CN';
import { en } from './en';
import { errorsZh } from './errors/zh-CN';
import { matchingZh } from './matching/zh-CN';
import { registryZh } from './registry/zh-CN';
import { rightsZh } from './rights/zh-CN';
import { shellZh } from './shell/zh-CN';
import { syncZh } from './sync/zh-CN';
import { trainingZh } from './training/zh-CN';
import { zhCN } from './zh-CN';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const AREAS: Readonly<Record<string, object>> = {
  shell: shellZh,
  registry: registryZh,
  audit: auditZh,
  sync: syncZh,
  errors: errorsZh,
  matching: matchingZh,
  rights: rightsZh,
  training: trainingZh,
  backup: backupZh,
};
const SHARED_LISTS = new Set(['nav', 'actions', 'tables', 'fieldNames', 'errors']);

describe('translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('have no empty text', () => {
    const texts = (m: unknown): unknown[] =>
      typeof m === 'object' && m !== null ? Object.values(m).flatMap(texts) : [m];
    for (const t of [...texts(en), ...texts(zhCN)]) expect(String(t).trim()).not.toBe('');
  });

  it('take each namespace from one area, and each entry of a shared list from one area only', () => {
    const owners = new Map<string, string[]>();
    for (const [area, messages] of Object.entries(AREAS)) {
      for (const [namespace, entries] of Object.entries(messages)) {
        const ids = SHARED_LISTS.has(namespace) ? Object.keys(entries).map((k) => `${namespace}.${k}`) : [namespace];
        for (const id of ids) owners.set(id, [...(owners.get(id) ?? []), area]);
      }
    }
    // A key two areas define would hide one of the texts without a word.
    expect([...owners].filter(([, areas]) => areas.length > 1)).toEqual([]);
    expect([...owners.keys()].filter((id) => !id.includes('.')).sort()).toEqual(
      Object.keys(zhCN)
        .filter((k) => !SHARED_LISTS.has(k))
        .sort(),
    );
  });
});
