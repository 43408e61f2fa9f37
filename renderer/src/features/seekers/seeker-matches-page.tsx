import { Alert, Button, Card, Segmented, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Pay } from '#shared/entities/job';
import { hasNoSlots } from '#shared/schedule/week-grid';
import { useSeeker } from '../../db/queries';
import type { JobFilters } from '../../matching/service';
import { AreaFilter } from '../../ui/matching/area-filter';
import { MatchCard, RankedMatches } from '../../ui/matching/match-list';
import { isOpenReferral } from '#shared/entities/referral';
import { usePairReferrals } from '../../db/referral-queries';
import { useMatch } from '../../ui/matching/use-match';
import { useRefer } from '../../ui/matching/use-refer';
import { WhyPanel } from '../../ui/matching/why-panel';
import { WhyNotJobPicker } from './why-not-job-picker';

const PAGE = 30;

/** /seekers/:id/matches — the jobs that fit one person, best first, with near misses and a why-not for any job. */
export function SeekerMatchesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const seeker = useSeeker(id);
  const [workplace, setWorkplace] = useState<NonNullable<JobFilters['workplace']>>('any');
  const [area, setArea] = useState<string | null>(null);
  const [why, setWhy] = useState<string | null>(null);
  const state = useMatch({ kind: 'jobs-for-seeker', seekerId: id, filters: { workplace, area }, limit: PAGE });
  const refer = useRefer();
  const referrals = usePairReferrals('seekerId', id);
  const payText = (pay: Pay) => `${pay.amount} ${t(`options.payUnit.${pay.kind}`)}`;

  if (seeker === undefined) return <Spin size="large" />;

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('matching.jobsForTitle', { name: seeker?.name ?? '' })}</Typography.Title>
        <Button size="large" onClick={() => void navigate(`/seekers/${id}`)}>
          {t('matching.backToSeeker')}
        </Button>
      </Space>
      {seeker && seeker.status !== 'active' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('matching.notLooking', { name: seeker.name, status: t(`options.status.${seeker.status}`) })}
        />
      )}
      {seeker && hasNoSlots(seeker.availability) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('seekers.noHoursMatching', { name: seeker.name })}
          action={
            <Button type="primary" onClick={() => void navigate(`/seekers/${id}`)}>
              {t('seekers.fillHours')}
            </Button>
          }
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <Segmented
            size="large"
            value={workplace}
            onChange={(v) => setWorkplace(v as typeof workplace)}
            options={[
              { value: 'any', label: t('matching.workplaceAny') },
              { value: 'on-site', label: t('options.workplace.on-site') },
              { value: 'home-based', label: t('options.workplace.home-based') },
            ]}
          />
          <AreaFilter value={area} onChange={setArea} />
          <WhyNotJobPicker onPick={setWhy} />
        </Space>
      </Card>
      <RankedMatches
        side="jobs"
        state={state}
        emptyHint={t('matching.noJobs')}
        render={(m, rank, answer) => {
          const job = answer.jobs[m.jobId];
          return (
            <MatchCard
              key={m.jobId}
              rank={rank}
              title={job?.title ?? ''}
              subtitle={
                job &&
                `${job.employerName} · ${payText(job.pay)} · ${t('matching.perHour', { pay: m.hourlyPay.toFixed(1) })}${m.commuteMinutes !== null ? ` · ${t('matching.minutes', { minutes: Math.round(m.commuteMinutes) })}` : ''}`
              }
              result={m}
              referred={referrals.get(m.jobId)?.status ?? null}
              onWhy={() => setWhy(m.jobId)}
              extra={
                <Button
                  type="primary"
                  size="large"
                  disabled={isOpenReferral(referrals.get(m.jobId))}
                  onClick={() => void refer({ seekerId: id, jobId: m.jobId }, m.flags)}
                >
                  {t('matching.refer')}
                </Button>
              }
            />
          );
        }}
      />
      <WhyPanel seekerId={why ? id : null} jobId={why} onClose={() => setWhy(null)} />
    </div>
  );
}
