import { describe, expect, it } from 'vitest';
import { nameKeys, personKeys, queryPrefixes } from './search-keys';

// A tiny stand-in for pinyin-pro, enough for these names.
const table: Record<string, string> = { 王: 'wang', 芳: 'fang', 李: 'li', 秀: 'xiu', 英: 'ying' };
const py = { full: (text: string) => [...text].map((c) => table[c] ?? c).join(' ') };

describe('search keys', () => {
  it('keys a Chinese name by characters, full pinyin and initials', () => {
    expect(nameKeys('王芳', py)).toEqual(['王芳', 'wangfang', 'wf']);
    expect(nameKeys('  ', py)).toEqual([]);
  });

  it('an emoji or a symbol in a name adds no syllable: the pinyin keys stay the name’s own', () => {
    expect(nameKeys('王芳🌸', py)).toEqual(['王芳🌸', 'wangfang', 'wf']);
    expect(nameKeys('李秀英★', py)).toEqual(['李秀英★', 'lixiuying', 'lxy']);
  });

  it('adds tagged phone and ID tails', () => {
    expect(personKeys('李秀英', '13812345678', '11010519491231002X', py)).toEqual([
      '李秀英',
      'lixiuying',
      'lxy',
      't5678',
      'i002x',
    ]);
    expect(personKeys('李秀英', null, null, py)).toEqual(['李秀英', 'lixiuying', 'lxy']);
  });

  it('maps a typed query to the prefixes to look up', () => {
    expect(queryPrefixes('Wang Fang')).toEqual(['wangfang']);
    expect(queryPrefixes('5678')).toEqual(['t5678', 'i5678']);
    expect(queryPrefixes('002x')).toEqual(['i002x']);
    expect(queryPrefixes('王')).toEqual(['王']);
    expect(queryPrefixes('  ')).toEqual([]);
  });
});
