import { describe, expect, it } from 'vitest';
import { ownConditions, pagingOf } from './ledger-params';

describe("a ledger's address", () => {
  it("keeps a drill-down's own conditions apart from the shared filter and paging", () => {
    const search = new URLSearchParams(
      'from=2026-11-01&to=2026-11-30&area=5226&only=placements&retained3m=1&figure=placements.retained3m&page=2&q=张',
    );
    expect(ownConditions(search)).toEqual({ only: 'placements', retained3m: '1' });
  });

  it('reads search, sort and page, and falls back to the first page of 50', () => {
    expect(pagingOf(new URLSearchParams('q=张&sort=name&order=desc&page=3&pageSize=100'))).toEqual({
      q: '张',
      sort: 'name',
      order: 'desc',
      page: 3,
      pageSize: 100,
    });
    expect(pagingOf(new URLSearchParams('page=-1&pageSize=5000&order=sideways'))).toEqual({
      q: '',
      page: 1,
      pageSize: 50,
    });
  });
});
