import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { countSlots } from '#shared/schedule/week-grid';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { GROUPS, SEEKER_STATUS } from '#shared/entities/seeker';
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import { ageOn } from '#shared/registry/seeker-rules';
import { SEARCH_LIMIT, useSeekerSearch, useVillages, type SeekerFilters, type SeekerRow } from '../../db/queries';
import { stationDay } from '../../state/station-day';

/** The seekers list: type to search (indexed), filter, sort; a click opens the person. */
export function SeekersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<SeekerFilters>({});
  // The look-up is asynchronous (IndexedDB), so typing never waits for it; no deferred value needed.
  const result = useSeekerSearch(query, filters);
  const rows = result?.rows;
  const villages = useVillages();
  const villageName = new Map(villages.map((v) => [v.code, v.name]));
  const today = stationDay();

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('seekers.title')}</Typography.Title>
        <Space wrap>
          <Button size="large" icon={<UploadOutlined />} onClick={() => void navigate('/seekers/import')}>
            {t('seekerImport.title')}
          </Button>
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => void navigate('/seekers/new')}>
            {t('seekers.register')}
          </Button>
        </Space>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input
          size="large"
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('seekers.searchPlaceholder')}
          aria-label={t('seekers.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          style={{ width: 480 }}
        />
        <Select
          allowClear
          placeholder={t('seekers.allStatus')}
          style={{ width: 160 }}
          value={filters.status}
          onChange={(status?: string) => setFilters({ ...filters, status })}
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
          onChange={(group?: string) => setFilters({ ...filters, group })}
          options={GROUPS.map((g) => ({ value: g, label: t(`options.groups.${g}`) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('seekers.allVillages')}
          style={{ width: 200 }}
          value={filters.villageCode}
          onChange={(villageCode?: string) => setFilters({ ...filters, villageCode })}
          options={villages.map((v) => ({ value: v.code, label: v.name }))}
        />
        {/* data-results-for says which query the rows on screen answer (tests and the benchmark wait on it) */}
        {result && (
          <span data-results-for={result.query}>
            {result.query && result.rows.length >= SEARCH_LIMIT
              ? t('seekers.firstResults', { count: result.rows.length })
              : t('seekers.count', { count: result.rows.length })}
          </span>
        )}
      </Space>
      <Table<SeekerRow>
        rowKey="id"
        virtual
        scroll={{ y: 560 }}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={false}
        locale={{ emptyText: <Empty description={t('seekers.none')} /> }}
        onRow={(s) => ({ onClick: () => void navigate(`/seekers/${s.id}`), style: { cursor: 'pointer' } })}
        columns={[
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
            render: (sex: SeekerRow['sex']) => t(`options.sex.${sex}`),
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
                <Tag>{t(`options.status.${status}`)}</Tag>
                {/* Without working hours no job can match: say so where the person is listed. */}
                {countSlots(s.availability) === 0 && (
                  <Tag color="red" data-testid="no-hours">
                    {t('seekers.noHours')}
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
        ]}
      />
    </div>
  );
}
