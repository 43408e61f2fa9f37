import { App as AntApp, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { saveJob } from '../../db/commands/employers';
import { appEnv } from '../../db/commands/env';
import { useSession } from '../../state/session-store';
import { useLocalText } from '../../ui/findings-list';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { toJobInput, type JobFormValues } from './job-values';
import { confirmSerious, minimumMissing, type PostingPrescreen } from './posting-prescreen';

/**
 * Saves the job form: serious pre-screen findings are confirmed first; on success back to the list, otherwise
 * the fields are marked.
 */
export function useSaveJob(form: FormInstance<JobFormValues>, recordId: string, prescreen: PostingPrescreen) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const local = useLocalText();
  const [saving, setSaving] = useState(false);

  const save = async (v: JobFormValues) => {
    if (!user) return;
    const noMinimum = { area: prescreen.area ?? '—', date: prescreen.date };
    if (!(await confirmSerious(modal, prescreen.result, t, local, noMinimum))) return;
    setSaving(true);
    try {
      const result = await saveJob(appEnv(), user, toJobInput(recordId, v));
      if (result.ok) {
        void message.success(t('employers.saved', { name: result.value.title }));
        if (minimumMissing(prescreen.result))
          void message.warning({
            content: t('rights.prescreen.savedNoMinimum', noMinimum),
            duration: 10,
            className: 'minimum-missing-message',
          });
        void navigate('/employers');
      } else {
        applyFieldErrors(form, result.error, t, { pay: 'payAmount', schedule: 'grid' });
        void message.error(errorText(t, result.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  return { save, saving };
}
