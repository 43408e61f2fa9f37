import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Pay } from '#shared/entities/job';
import type { EmployerRow, JobRow } from '../../db/queries';
import { usePostingFindings } from '../../rights/use-posting-findings';
import { PostingRightsTag } from './posting-rights-tag';

/** The job postings found (title with its rights flag, employer, pay, schedule…); a row opens the posting. */
export function JobTable({
  jobs,
  employers,
  hasEmployers,
}: {
  /** undefined while loading */
  readonly jobs: readonly JobRow[] | undefined;
  readonly employers: readonly EmployerRow[] | undefined;
  /** with no employer yet, the empty table says to add one first */
  readonly hasEmployers: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const employerName = new Map((employers ?? []).map((e) => [e.id, e.name]));
  // the same pre-screen the job page shows, run with today's rules
  const findings = usePostingFindings(jobs, employers);
  const payText = (pay: Pay) => `${pay.amount} ${t(`options.payUnit.${pay.kind}`)}`;
  return (
    <Table<JobRow>
      rowKey="id"
      loading={jobs === undefined}
      dataSource={jobs ?? []}
      virtual
      scroll={{ y: 520 }}
      pagination={false}
      locale={{
        emptyText: <Empty description={hasEmployers ? t('employers.noJobs') : t('employers.noEmployers')} />,
      }}
      onRow={(j) => ({
        onClick: () => void navigate(`/employers/job/${j.id}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t('employers.jobTitle'),
          dataIndex: 'title',
          sorter: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
          render: (title: string, j) => (
            <>
              {title} <PostingRightsTag findings={findings?.get(j.id)} />
            </>
          ),
        },
        {
          title: t('employers.employer'),
          dataIndex: 'employerId',
          render: (id: string) => employerName.get(id) ?? '—',
        },
        { title: t('employers.pay'), dataIndex: 'pay', render: payText },
        {
          title: t('employers.schedule'),
          dataIndex: 'schedule',
          render: (s: JobRow['schedule']) =>
            s.kind === 'flexible' ? t('employers.flexible') : t('employers.scheduleGrid'),
        },
        {
          title: t('employers.workplace'),
          dataIndex: 'workplace',
          render: (w: JobRow['workplace']) => t(`options.workplace.${w}`),
        },
        {
          title: t('employers.contractKind'),
          dataIndex: 'contractKind',
          render: (c: JobRow['contractKind']) => t(`options.contract.${c}`),
        },
        {
          title: t('employers.positions'),
          dataIndex: 'positions',
          sorter: (a, b) => a.positions - b.positions,
        },
        {
          title: t('employers.status'),
          dataIndex: 'status',
          render: (s: JobRow['status']) => <Tag color={s === 'open' ? 'green' : 'default'}>{t(`employers.${s}`)}</Tag>,
        },
      ]}
    />
  );
}
