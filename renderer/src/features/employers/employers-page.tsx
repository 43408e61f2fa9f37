import { PlusOutlined, SearchOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Space, Table, Tabs, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useEmployers, useJobs, useVillages, type EmployerRow } from '../../db/queries';
import { JobTable } from '../jobs/job-table';

/** Jobs and employers, each searchable by name, pinyin or initials. */
export function EmployersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const employers = useEmployers(deferred);
  const allEmployers = useEmployers('');
  const jobs = useJobs(deferred);
  const villages = useVillages();
  const villageName = new Map(villages.map((v) => [v.code, v.name]));

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('employers.title')}</Typography.Title>
        <Space wrap>
          <Button size="large" icon={<PlusOutlined />} onClick={() => void navigate('/employers/employer/new')}>
            {t('employers.addEmployer')}
          </Button>
          <Button
            size="large"
            icon={<UploadOutlined />}
            disabled={(allEmployers ?? []).length === 0}
            onClick={() => void navigate('/employers/import')}
          >
            {t('jobImport.title')}
          </Button>
          <Button
            type="primary"
            size="large"
            icon={<PlusOutlined />}
            disabled={(allEmployers ?? []).length === 0}
            onClick={() => void navigate('/employers/job/new')}
          >
            {t('employers.addJob')}
          </Button>
        </Space>
      </Space>
      <Input
        size="large"
        allowClear
        prefix={<SearchOutlined />}
        placeholder={t('employers.search')}
        aria-label={t('employers.search')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ width: 420, marginBottom: 8 }}
      />
      <Tabs
        items={[
          {
            key: 'jobs',
            label: t('employers.jobsTab'),
            children: <JobTable jobs={jobs} employers={allEmployers} hasEmployers={(allEmployers ?? []).length > 0} />,
          },
          {
            key: 'employers',
            label: t('employers.employersTab'),
            children: (
              <Table<EmployerRow>
                rowKey="id"
                loading={employers === undefined}
                dataSource={employers ?? []}
                virtual
                scroll={{ y: 520 }}
                pagination={false}
                locale={{ emptyText: <Empty description={t('employers.noEmployers')} /> }}
                onRow={(e) => ({
                  onClick: () => void navigate(`/employers/employer/${e.id}`),
                  style: { cursor: 'pointer' },
                })}
                columns={[
                  {
                    title: t('employers.name'),
                    dataIndex: 'name',
                    sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
                  },
                  {
                    title: t('employers.kind'),
                    dataIndex: 'kind',
                    render: (k: EmployerRow['kind']) => t(`options.employerKind.${k}`),
                  },
                  {
                    title: t('employers.village'),
                    dataIndex: 'villageCode',
                    render: (c: string | null) => (c ? (villageName.get(c) ?? c) : '—'),
                  },
                  { title: t('employers.contactName'), dataIndex: 'contactName' },
                  { title: t('employers.creditCode'), dataIndex: 'creditCode', render: (c: string | null) => c ?? '—' },
                ]}
              />
            ),
          },
        ]}
      />
    </div>
  );
}
