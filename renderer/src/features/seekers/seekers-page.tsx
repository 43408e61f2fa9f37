import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Typography } from 'antd';
import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { NEWEST_LIMIT, SEARCH_LIMIT, useSeekerSearch, useVillages, type SeekerFilters } from '../../db/queries';
import { stationDay } from '../../state/station-day';
import { SeekerFilterBar } from './seeker-filter-bar';
import { SeekerTable } from './seeker-table';

/**
 * The seekers list: type to search (indexed), filter, sort; a click opens the person. A keystroke re-renders
 * only the search box and the count: the title, the filters and the table are memoised and redraw when their
 * own inputs change (the rows of an answer), and the rows around them are plain flex boxes, so typing stays
 * light on a slow PC.
 */
export function SeekersPage() {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SeekerFilters>({});
  // The look-up is asynchronous (IndexedDB), so typing never waits for it; no deferred value needed.
  const result = useSeekerSearch(query, filters);
  const rows = result?.rows;
  const villages = useVillages();
  const villageName = useMemo(() => new Map(villages.map((v) => [v.code, v.name])), [villages]);
  const today = stationDay();
  const placeholder = useMemo(() => t('seekers.searchPlaceholder'), [t]);

  return (
    <div className="page">
      <SeekersTitle />
      <div className="seekers-tools">
        <Input
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={placeholder}
          aria-label={placeholder}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 480 }}
        />
        <SeekerFilterBar filters={filters} onChange={setFilters} villages={villages} />
        {/* data-results-for says which query the rows on screen answer (tests and the benchmark wait on it) */}
        {result && (
          <span data-results-for={result.query}>
            {result.rows.length >= (result.query ? SEARCH_LIMIT : NEWEST_LIMIT)
              ? t('seekers.firstResults', { count: result.rows.length })
              : t('seekers.count', { count: result.rows.length })}
          </span>
        )}
      </div>
      <SeekerTable rows={rows} villageName={villageName} today={today} />
    </div>
  );
}

/** The title and the buttons to import and to register: the same on every keystroke, so drawn once. */
const SeekersTitle = memo(function SeekersTitle() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="seekers-title">
      <Typography.Title level={2}>{t('seekers.title')}</Typography.Title>
      <div className="seekers-title-actions">
        <Button size="large" icon={<UploadOutlined />} onClick={() => void navigate('/seekers/import')}>
          {t('seekerImport.title')}
        </Button>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => void navigate('/seekers/new')}>
          {t('seekers.register')}
        </Button>
      </div>
    </div>
  );
});
