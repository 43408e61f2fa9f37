import { queryString } from '../api/client';
import type { ConsoleSummary, SummaryFigures } from '../api/types';
import { useApi } from '../api/use-api';
import { filterParams, type ConsoleFilter } from '../filters/period';

/** The stations the filter's area covers, for the station picker (the summary lists them). */
export function useStationOptions(filter: ConsoleFilter): SummaryFigures['stations'] {
  const { from, to, area } = filter;
  const summary = useApi<ConsoleSummary>(
    `/summary${queryString(filterParams({ from, to, ...(area ? { area } : {}) }))}`,
  );
  return summary.data?.stations ?? [];
}
