import { Button, Empty, Spin } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useReferral } from '../../db/referral-queries';
import { stationDay } from '../../state/station-day';
import { PrintSheet } from '../../ui/print-sheet';

/** Filled-in blanks the employer writes on by hand. */
const Blank = ({ width = 4 }: { readonly width?: number }) => (
  <span style={{ display: 'inline-block', minWidth: `${width}em`, borderBottom: '1px solid #000' }}>&nbsp;</span>
);

/**
 * /referrals/:id/slip — the referral letter (介绍信) in the customary layout: title, number, the employer
 * addressed, the person introduced (name and the last four characters of the ID number only: sex and age are
 * never on it), the post, closing, the station's seal line and date; below a cut line, a return slip the
 * employer fills in (interviewed on, hired from / not hired because).
 */
export function ReferralSlipPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  // The letter goes to a Chinese employer: always in Chinese, whatever language the screen is in.
  const zh = i18n.getFixedT('zh-CN');
  const navigate = useNavigate();
  const view = useReferral(id);
  if (view === undefined) return <Spin size="large" />;
  if (view === null) return <Empty description={t('matching.missing.referral')} />;
  const { referral, seeker, job, employer, station } = view;
  const issued = dayjs(referral.referredOn ?? stationDay(referral.createdAt));
  const number = referral.id.replace(/-/g, '').slice(-8).toUpperCase();
  const idTail = seeker?.idNumber ? seeker.idNumber.slice(-4) : null;
  const pay = job ? `${job.pay.amount} ${zh(`options.payUnit.${job.pay.kind}`)}` : '';
  const fileName = zh('matching.slipFile', { name: seeker?.name ?? '', job: job?.title ?? '' });

  return (
    <PrintSheet
      fileName={fileName}
      actions={
        <>
          <Button size="large" onClick={() => void navigate(-1)}>
            {t('matching.backToList')}
          </Button>
          <Button size="large" onClick={() => void navigate('/referrals')}>
            {t('matching.backToReferrals')}
          </Button>
        </>
      }
    >
      <h1>{zh('matching.slipDoc.title')}</h1>
      <div style={{ textAlign: 'right' }}>{zh('matching.slipDoc.number', { number })}</div>
      <p style={{ margin: '6mm 0 2mm' }}>{zh('matching.slipDoc.to', { employer: employer?.name ?? '' })}</p>
      <p style={{ textIndent: '2em', margin: 0 }}>
        {zh('matching.slipDoc.body', { name: seeker?.name ?? '', job: job?.title ?? '' })}
        {idTail && zh('matching.slipDoc.idTail', { tail: idTail })}
        {zh('matching.slipDoc.stop')}
      </p>
      <p style={{ textIndent: '2em', margin: 0 }}>
        {zh('matching.slipDoc.jobLine', {
          pay,
          workplace: job ? zh(`options.workplace.${job.workplace}`) : '',
          contract: job ? zh(`options.contract.${job.contractKind}`) : '',
        })}
      </p>
      <p style={{ textIndent: '2em', margin: '4mm 0 0' }}>{zh('matching.slipDoc.closing1')}</p>
      <p style={{ margin: 0 }}>{zh('matching.slipDoc.closing2')}</p>
      <div style={{ textAlign: 'right', marginTop: '10mm' }}>
        <div>{zh('matching.slipDoc.seal', { station: station?.name ?? '' })}</div>
        <div>{zh('matching.slipDoc.handler', { name: referral.referredBy })}</div>
        <div>{zh('matching.slipDoc.date', { y: issued.year(), m: issued.month() + 1, d: issued.date() })}</div>
      </div>
      <p style={{ fontSize: '11pt', marginTop: '6mm' }}>{zh('matching.slipDoc.validity')}</p>
      <div className="cut-line">{zh('matching.slipDoc.cut')}</div>
      <h1 style={{ fontSize: '18pt' }}>{zh('matching.slipDoc.receiptTitle')}</h1>
      <p style={{ margin: '0 0 2mm' }}>{zh('matching.slipDoc.to', { employer: station?.name ?? '' })}</p>
      <p style={{ textIndent: '2em', margin: 0 }}>
        {zh('matching.slipDoc.receiptBody', { name: seeker?.name ?? '', number })} <Blank /> {zh('matching.slipDoc.y')}{' '}
        <Blank width={2} /> {zh('matching.slipDoc.m')} <Blank width={2} /> {zh('matching.slipDoc.d')}
        {zh('matching.slipDoc.interviewed')}
      </p>
      <p style={{ textIndent: '2em', margin: 0 }}>
        {zh('matching.slipDoc.resultHired')} <Blank /> {zh('matching.slipDoc.y')} <Blank width={2} />{' '}
        {zh('matching.slipDoc.m')} <Blank width={2} /> {zh('matching.slipDoc.d')}
      </p>
      <p style={{ textIndent: '2em', margin: 0 }}>
        {zh('matching.slipDoc.resultNotHired')} <Blank width={14} />
      </p>
      <div style={{ textAlign: 'right', marginTop: '8mm' }}>
        {zh('matching.slipDoc.employerSeal')} <Blank width={8} /> {zh('matching.slipDoc.dateShort')} <Blank width={6} />
      </div>
    </PrintSheet>
  );
}
