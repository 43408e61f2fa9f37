import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { startsWith } from './ledger-sql';

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** The range's bounds applied the way the database compares text. */
function inRange(code: string, prefix: string): boolean {
  const { params } = startsWith('c', prefix);
  const [low, high] = params as string[];
  return code >= (low ?? '') && (high === undefined || code < high);
}

describe('startsWith', () => {
  it('is a range on the column, counting up the last digit that is not 9', () => {
    expect(startsWith('v', '5226')).toEqual({ sql: '(v >= ? AND v < ?)', params: ['5226', '5227'] });
    expect(startsWith('v', '52299')).toEqual({ sql: '(v >= ? AND v < ?)', params: ['52299', '523'] });
    expect(startsWith('v', '99')).toEqual({ sql: 'v >= ?', params: ['99'] });
  });

  it('holds exactly the codes of digits that start with the prefix', () => {
    fc.assert(
      fc.property(digits(1, 12), digits(0, 12), fc.boolean(), (prefix, rest, extend) => {
        // half the cases are codes that do start with the prefix
        const code = extend ? prefix + rest : rest;
        expect(inRange(code, prefix)).toBe(code.startsWith(prefix));
      }),
      propertyRuns(2_000),
    );
  });
});
