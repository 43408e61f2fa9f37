import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { changedFields } from './mutation';

describe('changedFields', () => {
  it('returns every field but bookkeeping for a new record', () => {
    expect(changedFields(undefined, { id: 'a', name: 'x', updatedAt: 'h' })).toEqual({ id: 'a', name: 'x' });
  });

  it('returns only what differs, comparing nested values by content', () => {
    const prev = { id: 'a', name: 'x', tags: ['p'], n: 1, updatedAt: 'h1' };
    const next = { id: 'a', name: 'y', tags: ['p'], n: 1, updatedAt: 'h2' };
    expect(changedFields(prev, next)).toEqual({ name: 'y' });
  });

  it('applying the changes to the old record gives the new one (property)', () => {
    const rec = fc.dictionary(
      fc.constantFrom('a', 'b', 'c', 'd'),
      fc.oneof(fc.integer(), fc.string(), fc.array(fc.integer())),
    );
    fc.assert(
      fc.property(rec, rec, (prev, next) => {
        const full = { ...prev, ...next };
        expect({ ...prev, ...changedFields(prev, full) }).toEqual(full);
      }),
      propertyRuns(100),
    );
  });
});
