import { Alert, Button, Card, Form, Typography, type App, type FormInstance } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../state/session-store';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job } from '#shared/entities/job';
import { LOWEST_TIER_ONLY } from '#shared/rights/pay';
import type { PrescreenResult } from '#shared/rights/prescreen';
import { gridSchedule } from '#shared/schedule/quarter-week';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import { useStation, useVillages, type EmployerRow } from '../../db/queries';
import { useRuleParams } from '../../db/rights-queries';
import { checkPosting, prescreenDate } from '../../rights/posting-check';
import { FindingsList, questionOf, type useLocalText } from '../../ui/findings-list';
import { stationDay } from '../../state/station-day';

/** The job form's fields the pre-screen reads (the same names as the form's). */
interface Watched {
  employerId?: string;
  title?: string;
  occupation?: string;
  description?: string;
  scheduleKind?: 'grid' | 'flexible';
  grid?: string;
  quarters?: string;
  workplace?: Job['workplace'];
  payKind?: Job['pay']['kind'];
  payAmount?: number | null;
  piecesPerHour?: number | null;
  contractKind?: Job['contractKind'];
  payIntervalDays?: number | '';
  socialInsurance?: boolean;
  startDate?: string;
}

export interface PostingPrescreen {
  readonly result: PrescreenResult | null;
  readonly area: string | null;
  readonly date: string;
  readonly employerHasVillage: boolean;
}

/**
 * The rights pre-screen of the job form as it is being filled in: the same check the save command stores
 * (renderer/src/rights/posting-check.ts), re-run on every change. Null until the pay is entered.
 */
export function usePostingPrescreen<Values>(
  form: FormInstance<Values>,
  employers: readonly EmployerRow[] | undefined,
): PostingPrescreen {
  const w: Watched = {
    employerId: Form.useWatch('employerId', form),
    title: Form.useWatch('title', form),
    occupation: Form.useWatch('occupation', form),
    description: Form.useWatch('description', form),
    scheduleKind: Form.useWatch('scheduleKind', form),
    grid: Form.useWatch('grid', form),
    quarters: Form.useWatch('quarters', form),
    workplace: Form.useWatch('workplace', form),
    payKind: Form.useWatch('payKind', form),
    payAmount: Form.useWatch('payAmount', form),
    piecesPerHour: Form.useWatch('piecesPerHour', form),
    contractKind: Form.useWatch('contractKind', form),
    payIntervalDays: Form.useWatch('payIntervalDays', form),
    socialInsurance: Form.useWatch('socialInsurance', form),
    startDate: Form.useWatch('startDate', form),
  };
  const params = useRuleParams();
  const station = useStation();
  const stationArea = station && station !== 'loading' ? station.areaCode : null;
  const employer = employers?.find((e) => e.id === w.employerId);
  const today = stationDay();
  const key = JSON.stringify(w);
  const result = useMemo(() => {
    if (!params || !w.payKind || !w.payAmount || w.payAmount <= 0) return null;
    if (w.payKind === 'piece' && !(w.piecesPerHour && w.piecesPerHour > 0)) return null;
    const pay: Job['pay'] =
      w.payKind === 'piece'
        ? { kind: 'piece', amount: w.payAmount, piecesPerHour: w.piecesPerHour ?? 0 }
        : { kind: w.payKind, amount: w.payAmount };
    const draft = {
      title: w.title ?? '',
      occupation: w.occupation ?? '',
      description: w.description ?? '',
      schedule:
        w.scheduleKind === 'flexible'
          ? ({ kind: 'flexible' } as const)
          : gridSchedule(w.grid || EMPTY_WEEK, w.quarters),
      workplace: w.workplace ?? 'on-site',
      pay,
      contractKind: w.contractKind ?? 'labour',
      payIntervalDays: typeof w.payIntervalDays === 'number' ? w.payIntervalDays : null,
      socialInsurance: w.socialInsurance ?? false,
      startDate: w.startDate ?? null,
    };
    return checkPosting(draft, employer?.villageCode, stationArea, params, today);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the watched values
  }, [key, params, employer?.villageCode, stationArea, today]);
  return {
    result,
    area: employer?.villageCode ?? stationArea,
    date: prescreenDate(today, w.startDate),
    employerHasVillage: Boolean(employer?.villageCode),
  };
}

/** Whether the pay could not be checked because no minimum wage is recorded for the area on the date. */
export const minimumMissing = (result: PrescreenResult | null): boolean =>
  Boolean(
    result?.findings.some(
      (f) => (f.checkId === 'pay.minimum-wage' || f.checkId === 'pay.piece-rate') && f.reason === 'no-minimum',
    ),
  );

/** Said wherever pay is checked and no minimum wage is recorded: what is missing and who can add it. */
export function MinimumMissingNotice({ area, date }: { readonly area: string; readonly date: string }) {
  const { t } = useTranslation();
  const role = useSession((s) => s.user?.role);
  const navigate = useNavigate();
  return (
    <Alert
      type="error"
      showIcon
      data-testid="minimum-missing"
      title={t('rights.prescreen.noMinimumTitle', { area, date })}
      description={
        <div>
          <div>{t('rights.prescreen.noMinimumWho')}</div>
          {role === 'county_admin' && (
            <Button style={{ marginTop: 8 }} onClick={() => void navigate('/rules')}>
              {t('rights.prescreen.noMinimumGo')}
            </Button>
          )}
        </div>
      }
    />
  );
}

/** The panel above the save button: what the pre-screen finds, updated as the form changes. */
export function PostingPrescreenPanel({ prescreen }: { readonly prescreen: PostingPrescreen }) {
  const { t } = useTranslation();
  const { result } = prescreen;
  const open = result ? result.findings.filter((f) => f.status === 'fail' || f.status === 'warn') : [];
  const uncertain = result
    ? result.findings.filter((f) => f.status === 'unknown' && (f.severity === 'critical' || f.severity === 'high'))
    : [];
  const villages = useVillages();
  const place = villages.find((v) => v.code === prescreen.area);
  const areaName = place ? `${place.name}（${place.code}）` : (prescreen.area ?? '—');
  return (
    <Card title={t('rights.prescreen.title')} className="form-card prescreen-panel" data-testid="prescreen-panel">
      {!result ? (
        <Typography.Text type="secondary">{t('rights.prescreen.loading')}</Typography.Text>
      ) : (
        <>
          {minimumMissing(result) && (
            <div style={{ marginBottom: 8 }}>
              <MinimumMissingNotice area={areaName} date={prescreen.date} />
            </div>
          )}
          {result.serious.length > 0 ? (
            <Alert type="error" showIcon title={t('rights.prescreen.serious', { count: result.serious.length })} />
          ) : open.length > 0 ? (
            <Alert type="warning" showIcon title={t('rights.prescreen.minor', { count: open.length })} />
          ) : uncertain.length > 0 ? (
            // Not green when an important check could not be made: "no problems" would be a guess.
            <Alert type="warning" showIcon title={t('rights.prescreen.uncertain', { count: uncertain.length })} />
          ) : result.findings.some((f) => f.reason === LOWEST_TIER_ONLY) ? (
            <Alert type="info" showIcon title={t('rights.prescreen.lowestTier')} />
          ) : (
            <Alert type="success" showIcon title={t('rights.prescreen.clean')} />
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('rights.prescreen.area', {
              area: areaName,
              date: prescreen.date,
            })}
            {!prescreen.employerHasVillage && ` ${t('rights.prescreen.noArea')}`}
          </Typography.Paragraph>
          <FindingsList findings={result.findings} />
        </>
      )}
    </Card>
  );
}

/**
 * Before saving a posting with critical or high findings: asks, listing them — and, when no minimum wage is
 * recorded, saying so and who can add it. Resolves true to save.
 */
export function confirmSerious(
  modal: ReturnType<typeof App.useApp>['modal'],
  result: PrescreenResult | null,
  t: TFunction,
  local: ReturnType<typeof useLocalText>,
  noMinimum: { readonly area: string; readonly date: string } | null = null,
): Promise<boolean> {
  const missing = noMinimum !== null && minimumMissing(result);
  // a missing minimum alone does not stop a save (the panel and the message after saving say it)
  if (!result || result.serious.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    modal.confirm({
      title: t('rights.prescreen.confirmTitle'),
      width: 560,
      content: (
        <div>
          {missing && (
            <div data-testid="confirm-minimum-missing" style={{ marginBottom: 12 }}>
              <strong>{t('rights.prescreen.noMinimumTitle', noMinimum)}</strong>
              <div>{t('rights.prescreen.noMinimumWho')}</div>
            </div>
          )}
          <p>{t('rights.prescreen.confirmIntro')}</p>
          <ul>
            {result.serious.map((f) => (
              <li key={f.checkId}>
                <strong>{local(questionOf(f.checkId) ?? { zh: f.checkId, en: f.checkId })}</strong>
                <div>{local(f.explanation)}</div>
              </li>
            ))}
          </ul>
        </div>
      ),
      okText: t('rights.prescreen.confirmSave'),
      okButtonProps: { danger: true },
      cancelText: t('rights.prescreen.confirmBack'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}
