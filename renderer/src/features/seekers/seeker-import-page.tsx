import { App as AntApp } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { parseSeekerRows, SEEKER_TEMPLATE } from '#shared/registry/seeker-import';
import { appEnv } from '../../db/commands/env';
import { importSeekers } from '../../db/commands/seekers';
import { registeredIdNumbers } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { TableImport } from '../../ui/table-import';
import { stationDay } from '../../state/station-day';

const FIELD_LABEL: Readonly<Record<string, ParseKeys>> = {
  name: 'seekers.name',
  sex: 'seekers.sex',
  birthDate: 'seekers.birthDate',
  idNumber: 'seekers.idNumber',
  phone: 'seekers.phone',
  villageCode: 'seekers.village',
  education: 'seekers.education',
  skills: 'seekers.skills',
  consent: 'seekers.sectionConsent',
  consentMatching: 'seekers.sectionConsent',
  consentDate: 'seekers.consentDate',
  availability: 'seekerImport.hoursColumn',
};

/** Seekers from a spreadsheet: template, check every row, show the report, import only after confirming. */
export function SeekerImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const today = stationDay();
  if (!user) return null;

  return (
    <TableImport
      title={t('seekerImport.title')}
      intro={t('seekerImport.intro')}
      back={{ to: '/seekers', label: t('seekers.back') }}
      templateName={t('seekerImport.templateName')}
      template={SEEKER_TEMPLATE}
      fieldLabel={(f) => {
        const key = FIELD_LABEL[f];
        return key ? t(key) : f;
      }}
      texts={{
        summary: (ok, bad) => t('seekerImport.summary', { ok, bad }),
        confirm: (count) => t('seekerImport.confirm', { count }),
      }}
      check={async (rows) => {
        const firstPass = parseSeekerRows(rows, today, new Set(), user.id);
        const known = await registeredIdNumbers(firstPass.idNumbers);
        const parsed = parseSeekerRows(rows, today, known, user.id);
        return {
          ok: parsed.seekers.length,
          errors: parsed.errors,
          warnings: parsed.warnings,
          names: parsed.names,
          confirm: () =>
            importSeekers(
              appEnv(),
              user,
              parsed.seekers.map(({ row: _row, ...draft }) => draft),
            ),
        };
      }}
      onDone={(count) => {
        void message.success(t('seekerImport.done', { count }));
        void navigate('/seekers');
      }}
    />
  );
}
