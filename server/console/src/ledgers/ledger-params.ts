/** Parameters of a ledger's address that are not its own conditions: the shared filter, search, paging. */
const GENERAL = new Set(['from', 'to', 'station', 'area', 'q', 'sort', 'order', 'page', 'pageSize', 'figure']);

/** The ledger's own conditions in an address (`hired=1`, `status=overdue`…), as a drill-down sets them. */
export function ownConditions(search: URLSearchParams): Record<string, string> {
  const own: Record<string, string> = {};
  for (const [key, value] of search) if (!GENERAL.has(key) && value !== '') own[key] = value;
  return own;
}

export interface Paging {
  q: string;
  sort?: string;
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

const PAGE_SIZES = [20, 50, 100, 200];

/** Search, sorting and paging from an address; anything out of range falls back to the first page of 50. */
export function pagingOf(search: URLSearchParams): Paging {
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  const order = search.get('order');
  const sort = search.get('sort');
  return {
    q: search.get('q') ?? '',
    ...(sort ? { sort } : {}),
    ...(sort && (order === 'asc' || order === 'desc') ? { order } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 50,
  };
}

export const PAGE_SIZE_OPTIONS = PAGE_SIZES.map(String);
