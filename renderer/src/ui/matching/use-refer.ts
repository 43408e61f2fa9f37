import { App } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AppError } from '#shared/result';
import type { Reason } from '#shared/matching/types';
import { appEnv } from '../../db/commands/env';
import { createReferral, type NewReferral } from '../../db/commands/referrals';
import { useSession } from '../../state/session-store';
import { errorText } from '../forms';
import { stationDay } from '../../state/station-day';

/**
 * Refers a seeker to a job (status "referred") and opens the referral slip to print. A posting with serious
 * rights findings (`flags`) is referred only after one confirmation that lists them. Errors are shown; a field
 * error is handed back for the form that asked.
 */
export function useRefer(): (
  input: Omit<NewReferral, 'today' | 'status'>,
  flags?: readonly Reason[],
) => Promise<AppError | null> {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const confirmFlags = (flags: readonly Reason[]): Promise<boolean> =>
    new Promise((resolve) => {
      modal.confirm({
        title: t('matching.flaggedConfirmTitle'),
        width: 560,
        content: createElement(
          'div',
          null,
          createElement('p', null, t('matching.flaggedConfirmIntro')),
          createElement(
            'ul',
            null,
            flags.map((f, i) => createElement('li', { key: i }, i18n.language === 'en' ? f.en : f.zh)),
          ),
        ),
        okText: t('matching.flaggedConfirmOk'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  return async (input, flags = []) => {
    if (!user) return null;
    if (flags.length > 0 && !(await confirmFlags(flags))) return null;
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
