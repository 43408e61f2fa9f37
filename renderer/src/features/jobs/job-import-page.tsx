import { App as AntApp } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { JOB_TEMPLATE } from '#shared/registry/job-import';
import { err, ok } from '#shared/result';
import { appEnv } from '../../db/commands/env';
import { employerIdsByName } from '../../db/queries';
import { checkInBackground } from '../../registry/table-check-client';
import { readySaver, saveInBackground } from '../../registry/table-save-client';
import type { JobImportRow } from '../../registry/table-save-protocol';
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
    <TableImport<JobImportRow>
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
      check={async (file, progress, signal) => {
        readySaver();
        const employers = await employerIdsByName();
        const outcome = await checkInBackground(
          { kind: 'jobs', fileName: file.name, bytes: file.bytes, today, employers },
          { progress, registered: () => Promise.resolve(new Set()) },
          signal,
        );
        if (!outcome.ok) return outcome;
        if (outcome.value.kind !== 'jobs') return err('import.unreadable', 'Checked as another kind of file');
        const env = appEnv();
        const actor = { id: user.id, name: user.name };
        return ok({
          rows: outcome.value.parsed.jobs.map(({ row, ...draft }) => ({ row, id: env.newId(), draft })),
          errors: outcome.value.parsed.errors,
          save: (rows, options, signal) => saveInBackground({ kind: 'jobs', actor, rows }, options, signal),
        });
      }}
      onDone={(count) => {
        void message.success(t('jobImport.done', { count }));
        void navigate('/employers');
      }}
    />
  );
}
