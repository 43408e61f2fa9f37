import { App as AntApp, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { appEnv } from '../../db/commands/env';
import { saveCourse } from '../../db/commands/courses';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { toCourseInput, type CourseFormValues } from './course-values';

/** Saves the course form: on success opens the course; otherwise marks the fields, or says what went wrong. */
export function useSaveCourse(form: FormInstance<CourseFormValues>, recordId: string) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const [saving, setSaving] = useState(false);

  const save = async (v: CourseFormValues) => {
    if (!user) return;
    setSaving(true);
    const result = await saveCourse(appEnv(), user, toCourseInput(recordId, v));
    setSaving(false);
    if (result.ok) {
      void message.success(t('training.form.saved'));
      void navigate(`/courses/${result.value.id}`);
      return;
    }
    const fields = result.error.fields ?? {};
    if (fields['sessions'] || fields['subsidy'])
      void message.error(errorText(t, fields['sessions'] ?? fields['subsidy'] ?? 'validation', result.error.params));
    if (!applyFieldErrors(form, result.error, t, { subsidy: 'programme' }))
      void message.error(errorText(t, result.error.code, result.error.params));
  };

  return { save, saving };
}
