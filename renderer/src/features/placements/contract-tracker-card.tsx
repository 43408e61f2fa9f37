import { Alert, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ContractTrack } from '#shared/rights/contract-tracker';
import type { Placement } from '#shared/entities/placement';
import { contractMayBeDue } from '#shared/rights/follow-up';
import type { LabourRelation } from '#shared/rights/labour-relation';

const ALERT_TYPE = {
  'first-weeks': 'info',
  reminder: 'warning',
  'signed-in-time': 'success',
  'signed-late': 'warning',
  'double-wage': 'error',
  'open-ended-deemed': 'error',
  unknown: 'warning',
} as const;

/** 劳动合同跟踪: the written-contract deadline, the reminder from day 25, double wages with an estimate. */
export function ContractTrackerCard({
  placement,
  track,
  monthlyWage,
  relation,
}: {
  readonly placement: Placement;
  readonly track: ContractTrack | null;
  readonly monthlyWage: number | null;
  readonly relation: LabourRelation['kind'];
}) {
  const { t } = useTranslation();
  const applies = contractMayBeDue(placement.contractKind);
  let body;
  if (!applies) body = <Alert type="info" showIcon title={t('rights.tracker.notApplicable')} />;
  else if (relation === 'service') body = <Alert type="info" showIcon title={t('rights.tracker.service')} />;
  else if (relation === 'unknown' && !track)
    body = <Alert type="warning" showIcon title={t('rights.tracker.relationUnknown')} />;
  else if (!track) body = <Alert type="info" showIcon title={t('rights.tracker.notStarted')} />;
  else {
    const dw = track.doubleWage;
    body = (
      <Alert
        type={ALERT_TYPE[track.state]}
        showIcon
        data-testid="contract-tracker"
        title={t(`rights.tracker.${track.state}`, {
          day: track.day,
          dueBy: track.dueBy,
          from: dw?.from ?? track.doubleWageFrom,
          to: dw?.to ?? '',
          deemed: track.deemedOpenEndedOn,
        })}
        description={
          <div>
            {dw &&
              (dw.amount !== null ? (
                <div className="tracker-amount">
                  {t('rights.tracker.amount', {
                    amount: dw.amount.toFixed(2),
                    months: dw.months,
                    wage: monthlyWage ?? '—',
                  })}
                </div>
              ) : (
                <div>{t('rights.tracker.noAmount')}</div>
              ))}
            {(track.state === 'double-wage' ||
              track.state === 'open-ended-deemed' ||
              track.state === 'signed-late') && <div>{t('rights.tracker.help')}</div>}
            <Typography.Text type="secondary">
              {t('rights.tracker.dueBy', { date: track.dueBy })} · {t('rights.tracker.law')}
            </Typography.Text>
          </div>
        }
      />
    );
  }
  return (
    <Card title={t('rights.tracker.title')} className="form-card">
      {body}
    </Card>
  );
}
