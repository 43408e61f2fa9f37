import { Select } from 'antd';
import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { employerNames } from '../../db/employer-names';
import { useJobs } from '../../db/queries';

interface Found {
  readonly id: string;
  readonly label: string;
}

/**
 * Reads the postings a search names and their employers' names; mounted only once something is typed, so an
 * idle picker reads nothing.
 */
function JobsFound({ query, onFound }: { readonly query: string; readonly onFound: (found: Found[]) => void }) {
  const rows = useJobs(query);
  useEffect(() => {
    if (!rows) return;
    let current = true;
    const open = rows.filter((j) => !j.deleted);
    void employerNames(open.map((j) => j.employerId)).then(
      (names) =>
        current && onFound(open.map((j) => ({ id: j.id, label: `${j.title} · ${names.get(j.employerId) ?? ''}` }))),
    );
    return () => {
      current = false;
    };
  }, [rows, onFound]);
  return null;
}

/**
 * Picks any posting to ask why it does not fit the person. It reads postings only as the title is typed (a
 * station holds tens of thousands); each option names the posting and its employer.
 */
export function WhyNotJobPicker({ onPick }: { readonly onPick: (jobId: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const query = useDeferredValue(typed.trim());
  const [found, setFound] = useState<Found[]>([]);
  return (
    <>
      {query && <JobsFound query={query} onFound={setFound} />}
      <Select
        size="large"
        showSearch={{ filterOption: false, onSearch: setTyped }}
        placeholder={t('matching.whyNotJob')}
        aria-label={t('matching.whyNotJob')}
        style={{ minWidth: 300 }}
        value={null}
        notFoundContent={t('matching.typeJobTitle')}
        onChange={(jobId: string) => onPick(jobId)}
        options={(query ? found : []).map((j) => ({ value: j.id, label: j.label }))}
      />
    </>
  );
}
