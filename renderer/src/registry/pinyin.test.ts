import { describe, expect, it } from 'vitest';
import { nameKeys } from '#shared/registry/search-keys';
import { loadPinyin } from './pinyin';

describe('pinyin keys with pinyin-pro', () => {
  it('keys common names, reading surnames as surnames', async () => {
    const py = await loadPinyin();
    expect(nameKeys('王芳', py)).toEqual(['王芳', 'wangfang', 'wf']);
    expect(nameKeys('曾小红', py)).toEqual(['曾小红', 'zengxiaohong', 'zxh']);
    expect(nameKeys('单丽', py)).toEqual(['单丽', 'shanli', 'sl']);
    expect(nameKeys('吕梅', py)).toEqual(['吕梅', 'lvmei', 'lm']);
  });
});
