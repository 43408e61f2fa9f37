import { App as AntApp } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, Session } from '#shared/entities/course';
import type { SignInMethod } from '#shared/entities/attendance-event';
import { appEnv } from '../../db/commands/env';
import { recordAttendance } from '../../db/commands/attendance';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import type { RollCall } from './use-roll-call';

/**
 * Saving a roll-call: the changed marks in one command; a change to a mark already saved is a correction, which
 * first asks why (`asking`, `reason`).
 */
export function useSaveRollCall(course: Course, session: Session, roll: RollCall, method: SignInMethod) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [saving, setSaving] = useState(false);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { changes, corrections, draft, saved, clearDraft } = roll;

  const save = useCallback(
    async (why?: string) => {
      if (!user) return;
      if (changes.length === 0) {
        void message.info(t('training.roll.nothingChanged'));
        return;
      }
      if (corrections.length > 0 && why === undefined) {
        setAsking(true);
        return;
      }
      setSaving(true);
      const result = await recordAttendance(appEnv(), user, {
        courseId: course.id,
        sessionId: session.id,
        method,
        // the tap's time is the sign-in time at the roll-call; a later correction is no sign-in
        marks: changes.map((x) => ({
          enrolmentId: x.enrolment.id,
          mark: draft.get(x.enrolment.id)?.mark ?? 'present',
          signedAt: saved.has(x.enrolment.id) ? null : (draft.get(x.enrolment.id)?.at ?? null),
        })),
        reason: why,
      });
      setSaving(false);
      if (result.ok) {
        clearDraft();
        setAsking(false);
        setReason('');
        void message.success(t('training.roll.saved', { count: result.value.written }));
      } else void message.error(errorText(t, result.error.code, result.error.params));
    },
    [user, changes, corrections.length, course.id, session.id, method, draft, saved, clearDraft, message, t],
  );

  return { save, saving, asking, setAsking, reason, setReason };
}
