import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useVillages } from '../../db/queries';

/** Pick a township (all its villages) or one village; empty = the whole county. */
export function AreaFilter({
  value,
  onChange,
}: {
  readonly value: string | null;
  readonly onChange: (area: string | null) => void;
}) {
  const { t } = useTranslation();
  const villages = useVillages();
  // The gazetteer holds townships (9 digits) and villages (12 digits).
  const townships = new Map(villages.filter((v) => v.code.length === 9).map((v) => [v.code, v.name]));
  const options = [
    { label: t('matching.townships'), options: [...townships].map(([code, name]) => ({ value: code, label: name })) },
    {
      label: t('matching.villages'),
      options: villages
        .filter((v) => v.code.length === 12)
        .map((v) => {
          const township = townships.get(v.code.slice(0, 9));
          return { value: v.code, label: township ? `${township} · ${v.name}` : v.name };
        }),
    },
  ];
  return (
    <Select
      size="large"
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={t('matching.allCounty')}
      aria-label={t('matching.area')}
      style={{ minWidth: 260 }}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v ?? null)}
      options={options}
    />
  );
}
