import { App as AntApp } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JOB_TEMPLATE, parseJobRows } from '#shared/registry/job-import';
import { importJobs } from '../../db/commands/employers';
import { appEnv } from '../../db/commands/env';
import { employerIdsByName } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { TableImport } from '../../ui/table-import';
import { stationDay } from '../../state/station-day';

const FIELD_LABEL: Readonly<Record<string, ParseKeys>> = {
  employer: 'employers.employer',
  title: 'employers.jobTitle',
  skills: 'employers.skills',
  days: 'employers.schedule',
  from: 'employers.schedule',
  to: 'employers.schedule',
  payKind: 'employers.payKind',
  payAmount: 'employers.payAmount',
  piecesPerHour: 'employers.piecesPerHour',
  contract: 'employers.contractKind',
  positions: 'employers.positions',
  startDate: 'employers.startDate',
};

/** Job postings from a spreadsheet; each row names an employer already registered. */
export function JobImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const today = stationDay();
  if (!user) return null;

  return (
    <TableImport
      title={t('jobImport.title')}
      intro={t('jobImport.intro')}
      back={{ to: '/employers', label: t('employers.back') }}
      templateName={t('jobImport.templateName')}
      template={JOB_TEMPLATE}
      fieldLabel={(f) => {
        const key = FIELD_LABEL[f];
        return key ? t(key) : f;
      }}
      texts={{
        summary: (ok, bad) => t('jobImport.summary', { ok, bad }),
        confirm: (count) => t('jobImport.confirm', { count }),
      }}
      check={async (rows) => {
        const parsed = parseJobRows(rows, today, await employerIdsByName());
        return {
          ok: parsed.jobs.length,
          errors: parsed.errors,
          confirm: () =>
            importJobs(
              appEnv(),
              user,
              parsed.jobs.map(({ row: _row, ...draft }) => draft),
            ),
        };
      }}
      onDone={(count) => {
        void message.success(t('jobImport.done', { count }));
        void navigate('/employers');
      }}
    />
  );
}
