import { describe, expect, it } from 'vitest';
import type { Text } from '#shared/rights/types';
import { sourceText } from './findings-list';

const zh = (t: Text) => t.zh;
const en = (t: Text) => t.en;

describe('legal sources as shown', () => {
  it('read as Chinese article numbers in Chinese and as cited in English; a law without articles stands alone', () => {
    expect(sourceText({ law: 'labour-contract-law', articles: 'art. 9, 84' }, zh)).toBe(
      '中华人民共和国劳动合同法第9、84条',
    );
    expect(sourceText({ law: 'labour-contract-law', articles: 'art. 9, 84' }, en)).toBe(
      'Labour Contract Law of the PRC art. 9, 84',
    );
    expect(sourceText({ law: 'minimum-wage-provisions', articles: 'art. 5' }, zh)).toBe('最低工资规定第5条');
    expect(sourceText({ law: 'migrant-wage-regulations', articles: '' }, zh)).toBe('保障农民工工资支付条例');
  });
});
