import { describe, expect, it } from 'vitest';
import { extendTyped, findTyped, nextMark } from './roll-call-keys';

const list = [
  { seat: 1, keys: ['王芳', 'wangfang', 'wf'] },
  { seat: 2, keys: ['王飞', 'wangfei', 'wf'] },
  { seat: 12, keys: ['李秀英', 'lixiuying', 'lxy'] },
  { seat: 3, keys: ['刘小燕', 'liuxiaoyan', 'lxy'] },
];

describe('roll-call keys', () => {
  it('cycles present → late → absent → excused → present', () => {
    expect([
      nextMark(undefined),
      nextMark('present'),
      nextMark('late'),
      nextMark('absent'),
      nextMark('excused'),
    ]).toEqual(['present', 'late', 'absent', 'excused', 'present']);
  });
  it('finds by seat number, pinyin initials (exact first), full pinyin prefix, or name', () => {
    expect(findTyped(list, '12')).toBe(2);
    expect(findTyped(list, '3')).toBe(3);
    expect(findTyped(list, '9')).toBe(-1);
    expect(findTyped(list, 'wf')).toBe(0);
    expect(findTyped(list, 'wangfe')).toBe(1);
    expect(findTyped(list, 'liu')).toBe(3);
    expect(findTyped(list, '李')).toBe(2);
  });
  it('typing on builds the text; a dead end starts again from the last character', () => {
    expect(extendTyped(list, '1', '2')).toEqual({ typed: '12', index: 2 });
    expect(extendTyped(list, '12', '3')).toEqual({ typed: '3', index: 3 });
    expect(extendTyped(list, 'w', 'a')).toEqual({ typed: 'wa', index: 0 });
    expect(extendTyped(list, '12', 'l')).toEqual({ typed: 'l', index: 2 });
  });
});
