import { App as AntApp, Button, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JOB_TEMPLATE, parseJobRows } from '../../../../shared/registry/job-import';
import { importJobs } from '../../db/commands/employers';
import { appEnv } from '../../db/commands/env';
import { employerIdsByName } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { TableImport } from '../imports/table-import';

const FIELD_LABEL: Readonly<Record<string, string>> = {
  employer: 'employers.employer', title: 'employers.jobTitle', skills: 'employers.skills', days: 'employers.schedule', from: 'employers.schedule',
  to: 'employers.schedule', payKind: 'employers.payKind', payAmount: 'employers.payAmount', piecesPerHour: 'employers.piecesPerHour',
  contract: 'employers.contractKind', positions: 'employers.positions', startDate: 'employers.startDate',
};

/** Job postings from a spreadsheet; each row names an employer already registered. */
export function JobImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const today = dayjs().format('YYYY-MM-DD');
  if (!user) return null;

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('jobImport.title')}</Typography.Title>
        <Button onClick={() => void navigate('/employers')}>{t('employers.back')}</Button>
      </Space>
      <Typography.Paragraph>{t('jobImport.intro')}</Typography.Paragraph>
      <TableImport
        templateName={t('jobImport.templateName')}
        template={JOB_TEMPLATE}
        fieldLabel={(f) => t(FIELD_LABEL[f] ?? f, { defaultValue: f })}
        texts={{ summary: (ok, bad) => t('jobImport.summary', { ok, bad }), confirm: (count) => t('jobImport.confirm', { count }) }}
        check={async (rows) => {
          const parsed = parseJobRows(rows, today, await employerIdsByName());
          return { ok: parsed.jobs.length, errors: parsed.errors, confirm: () => importJobs(appEnv(), user, parsed.jobs.map(({ row: _row, ...draft }) => draft)) };
        }}
        onDone={(count) => {
          void message.success(t('jobImport.done', { count }));
          void navigate('/employers');
        }}
      />
    </div>
  );
}
