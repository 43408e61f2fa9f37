import { App as AntApp } from 'antd';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEEKER_TEMPLATE } from '#shared/registry/seeker-import';
import { err, ok } from '#shared/result';
import { appEnv } from '../../db/commands/env';
import { registeredIdNumbers } from '../../db/queries';
import { checkInBackground } from '../../registry/table-check-client';
import { readySaver, saveInBackground } from '../../registry/table-save-client';
import type { SeekerImportRow } from '../../registry/table-save-protocol';
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

/**
 * Seekers from a spreadsheet: template, check every row (in the background), show the report, import only after
 * confirming, a few thousand people per command.
 */
export function SeekerImportPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const today = stationDay();
  if (!user) return null;

  return (
    <TableImport<SeekerImportRow>
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
      check={async (file, progress, signal) => {
        readySaver();
        const outcome = await checkInBackground(
          { kind: 'seekers', fileName: file.name, bytes: file.bytes, today, recordedBy: user.id },
          { progress, registered: registeredIdNumbers },
          signal,
        );
        if (!outcome.ok) return outcome;
        if (outcome.value.kind !== 'seekers') return err('import.unreadable', 'Checked as another kind of file');
        const { parsed } = outcome.value;
        const env = appEnv();
        const actor = { id: user.id, name: user.name };
        return ok({
          rows: parsed.seekers.map(({ row, ...draft }) => ({ row, id: env.newId(), draft })),
          errors: parsed.errors,
          warnings: parsed.warnings,
          names: parsed.names,
          save: (rows, options, signal) => saveInBackground({ kind: 'seekers', actor, rows }, options, signal),
        });
      }}
      onDone={(count) => {
        void message.success(t('seekerImport.done', { count }));
        void navigate('/seekers');
      }}
    />
  );
}
