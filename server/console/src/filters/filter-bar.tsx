import { DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryFigures } from '../api/types';
import { chinaToday, monthOf, type ConsoleFilter } from './period';

const AREA = /^\d{2,12}$/;

interface Props {
  readonly filter: ConsoleFilter;
  readonly stations: SummaryFigures['stations'];
  readonly onChange: (change: Partial<Record<keyof ConsoleFilter, string | undefined>>) => void;
}

/** Period (this month unless chosen), township or area code, and station: the filter every screen shares. */
export function FilterBar({ filter, stations, onChange }: Props) {
  const { t } = useTranslation();
  const [area, setArea] = useState(filter.area ?? '');
  const [areaWrong, setAreaWrong] = useState(false);
  const [openedAt] = useState(Date.now);
  const today = chinaToday(openedAt);
  const month = (shift: number) => {
    const m = monthOf(today, shift);
    return [dayjs(m.from), dayjs(m.to)] as [Dayjs, Dayjs];
  };
  const presets = [
    { label: t('filters.thisMonth'), value: month(0) },
    { label: t('filters.lastMonth'), value: month(-1) },
    { label: t('filters.last3Months'), value: [month(-2)[0], month(0)[1]] as [Dayjs, Dayjs] },
    {
      label: t('filters.thisYear'),
      value: [dayjs(`${today.slice(0, 4)}-01-01`), dayjs(`${today.slice(0, 4)}-12-31`)] as [Dayjs, Dayjs],
    },
  ];

  const applyArea = () => {
    const value = area.trim();
    if (value !== '' && !AREA.test(value)) {
      setAreaWrong(true);
      return;
    }
    setAreaWrong(false);
    if (value !== (filter.area ?? '')) onChange({ area: value || undefined });
  };

  return (
    <Form layout="inline" className="filter-bar" size="large">
      <Form.Item label={t('filters.period')}>
        <DatePicker.RangePicker
          aria-label={t('filters.period')}
          allowClear={false}
          value={[dayjs(filter.from), dayjs(filter.to)]}
          presets={presets}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) onChange({ from: from.format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') });
          }}
        />
      </Form.Item>
      <Form.Item
        label={t('filters.area')}
        validateStatus={areaWrong ? 'error' : ''}
        help={areaWrong ? t('filters.areaInvalid') : undefined}
      >
        <Space.Compact>
          <Input
            aria-label={t('filters.area')}
            placeholder={t('filters.areaPlaceholder')}
            value={area}
            allowClear
            inputMode="numeric"
            style={{ width: 180 }}
            onChange={(e) => {
              setArea(e.target.value);
              if (e.target.value === '') onChange({ area: undefined });
            }}
            onPressEnter={applyArea}
            onBlur={applyArea}
          />
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('filters.station')}>
        <Select
          aria-label={t('filters.station')}
          style={{ minWidth: 220 }}
          value={filter.station ?? ''}
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: '', label: t('filters.allStations') },
            ...stations.map((s) => ({ value: s.stationId, label: s.name })),
          ]}
          onChange={(value: string) => onChange({ station: value || undefined })}
        />
      </Form.Item>
    </Form>
  );
}
