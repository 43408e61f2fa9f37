import { Empty, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEEKER_STATUS } from '#shared/entities/seeker';
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import { ageOn } from '#shared/registry/seeker-rules';
import { countSlots } from '#shared/schedule/week-grid';
import type { SeekerRow } from '../../db/queries';

/** The seekers list's table (virtual rows): redrawn when its rows change, not on every keystroke. */
export const SeekerTable = memo(function SeekerTable({
  rows,
  villageName,
  today,
}: {
  /** undefined while the first answer loads */
  readonly rows: SeekerRow[] | undefined;
  readonly villageName: ReadonlyMap<string, string>;
  readonly today: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns = useMemo<ColumnsType<SeekerRow>>(() => {
    // Every label a cell shows, looked up once per language rather than once per cell.
    const sexLabel = { female: t('options.sex.female'), male: t('options.sex.male') };
    const statusLabel = Object.fromEntries(SEEKER_STATUS.map((s) => [s, t(`options.status.${s}`)]));
    const noHours = t('seekers.noHours');
    return [
      {
        title: t('seekers.name'),
        dataIndex: 'name',
        width: 120,
        sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      },
      {
        title: t('seekers.sex'),
        dataIndex: 'sex',
        width: 70,
        render: (sex: SeekerRow['sex']) => sexLabel[sex],
      },
      {
        title: t('seekers.age'),
        key: 'age',
        width: 72,
        sorter: (a, b) => b.birthDate.localeCompare(a.birthDate),
        render: (_v, s) => ageOn(s.birthDate, today),
      },
      {
        title: t('seekers.idNumber'),
        dataIndex: 'idNumber',
        width: 190,
        render: (id: string | null) => (id ? maskResidentId(id) : '—'),
      },
      {
        title: t('seekers.phone'),
        dataIndex: 'phone',
        width: 130,
        render: (p: string | null) => (p ? maskPhone(p) : '—'),
      },
      {
        title: t('seekers.village'),
        dataIndex: 'villageCode',
        width: 120,
        render: (code: string | null) => (code ? (villageName.get(code) ?? code) : '—'),
      },
      {
        title: t('seekers.skills'),
        dataIndex: 'skills',
        render: (skills: SeekerRow['skills']) => skills.length,
        width: 64,
      },
      {
        title: t('seekers.status'),
        dataIndex: 'status',
        width: 150,
        render: (status: SeekerRow['status'], s: SeekerRow) => (
          <>
            {/* plain text: a tag on every row of every answer costs a slow PC more than it shows */}
            <span className="seeker-status">{statusLabel[status]}</span>
            {/* Without working hours no job can match: say so where the person is listed. */}
            {countSlots(s.availability) === 0 && (
              <Tag color="red" data-testid="no-hours">
                {noHours}
              </Tag>
            )}
          </>
        ),
      },
      {
        title: t('seekers.registeredOn'),
        dataIndex: 'createdAt',
        width: 120,
        defaultSortOrder: 'descend',
        sorter: (a, b) => a.createdAt - b.createdAt,
        render: (at: number) => dayjs(at).format('YYYY-MM-DD'),
      },
    ];
  }, [t, villageName, today]);
  return (
    <Table<SeekerRow>
      rowKey="id"
      virtual
      scroll={{ y: 560 }}
      loading={rows === undefined}
      dataSource={rows ?? []}
      pagination={false}
      locale={{ emptyText: <Empty description={t('seekers.none')} /> }}
      onRow={(s) => ({ onClick: () => void navigate(`/seekers/${s.id}`), style: { cursor: 'pointer' } })}
      columns={columns}
    />
  );
});
