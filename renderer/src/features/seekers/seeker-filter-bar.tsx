import { Select, Space } from 'antd';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { GROUPS, SEEKER_STATUS } from '#shared/entities/seeker';
import type { Village } from '#shared/entities/village';
import type { SeekerFilters } from '../../db/queries';

/** The seekers list's filters (status, group, village): memoised, so a keystroke in the search box skips them. */
export const SeekerFilterBar = memo(function SeekerFilterBar({
  filters,
  onChange,
  villages,
}: {
  readonly filters: SeekerFilters;
  readonly onChange: (filters: SeekerFilters) => void;
  readonly villages: readonly Village[];
}) {
  const { t } = useTranslation();
  const villageOptions = useMemo(() => villages.map((v) => ({ value: v.code, label: v.name })), [villages]);
  return (
    <Space wrap>
      <Select
        allowClear
        placeholder={t('seekers.allStatus')}
        style={{ width: 160 }}
        value={filters.status}
        onChange={(status?: string) => onChange({ ...filters, status })}
        options={SEEKER_STATUS.filter((s) => s !== 'withdrawn').map((s) => ({
          value: s,
          label: t(`options.status.${s}`),
        }))}
      />
      <Select
        allowClear
        placeholder={t('seekers.allGroups')}
        style={{ width: 180 }}
        value={filters.group}
        onChange={(group?: string) => onChange({ ...filters, group })}
        options={GROUPS.map((g) => ({ value: g, label: t(`options.groups.${g}`) }))}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('seekers.allVillages')}
        style={{ width: 200 }}
        value={filters.villageCode}
        onChange={(villageCode?: string) => onChange({ ...filters, villageCode })}
        options={villageOptions}
      />
    </Space>
  );
});
