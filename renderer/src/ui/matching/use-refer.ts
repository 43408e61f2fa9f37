import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AppError } from '#shared/result';
import { appEnv } from '../../db/commands/env';
import { createReferral, type NewReferral } from '../../db/commands/referrals';
import { useSession } from '../../state/session-store';
import { errorText } from '../forms';
import { stationDay } from '../../state/station-day';

/**
 * Refers a seeker to a job (status "referred") and opens the referral slip to print. Errors are shown; a field
 * error is handed back for the form that asked.
 */
export function useRefer(): (input: Omit<NewReferral, 'today' | 'status'>) => Promise<AppError | null> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  return async (input) => {
    if (!user) return null;
    const result = await createReferral(appEnv(), user, { ...input, today: stationDay(), status: 'referred' });
    if (!result.ok) {
      if (!result.error.fields) void message.error(errorText(t, result.error.code, result.error.params));
      return result.error;
    }
    void message.success(t('matching.referred'));
    void navigate(`/referrals/${result.value.id}/slip`);
    return null;
  };
}
