import { describe, expect, it } from 'vitest';
import { holdsNul } from './nul-text';

describe('holdsNul', () => {
  it.each([
    ['a plain string', '幸福村', false],
    ['a string with a NUL', '幸福\u0000村', true],
    ['the six characters \\u0000', '\\u0000', false],
    ['numbers, booleans and null', [1, true, null, undefined], false],
    ['a NUL deep in an array', [[['a', ['b\u0000']]]], true],
    ['a NUL in a value', { a: { b: 'x\u0000' } }, true],
    ['a NUL in a key', { a: { 'b\u0000': 1 } }, true],
  ])('%s', (_name, value, expected) => {
    expect(holdsNul(value)).toBe(expected);
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    expect(holdsNul(deep)).toBe(true);
  });

  it('walks an array longer than a call may take arguments', () => {
    expect(holdsNul([...Array.from({ length: 500_000 }, () => 'a'), '\u0000'])).toBe(true);
  });
});
