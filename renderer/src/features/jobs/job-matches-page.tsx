import { Alert, Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ageOn } from '#shared/registry/seeker-rules';
import { useJob, useSeekersWithoutHours, useSeekerSearch, useVillages } from '../../db/queries';
import { AreaFilter } from '../../ui/matching/area-filter';
import { MatchCard, RankedMatches } from '../../ui/matching/match-list';
import { isOpenReferral } from '#shared/entities/referral';
import { usePairReferrals } from '../../db/referral-queries';
import { useMatch } from '../../ui/matching/use-match';
import { useRefer } from '../../ui/matching/use-refer';
import { WhyPanel } from '../../ui/matching/why-panel';
import { stationDay } from '../../state/station-day';

const PAGE = 30;

/** /employers/job/:id/matches — the people a posting fits, best first, near misses apart, why-not for anyone. */
export function JobMatchesPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const job = useJob(id);
  const [area, setArea] = useState<string | null>(null);
  const [why, setWhy] = useState<string | null>(null);
  const [seekerQuery, setSeekerQuery] = useState('');
  const found = useSeekerSearch(useDeferredValue(seekerQuery), {});
  const villages = useVillages();
  const villageName = new Map(villages.map((v) => [v.code, v.name]));
  const state = useMatch({ kind: 'seekers-for-job', jobId: id, filters: { area }, limit: PAGE });
  const refer = useRefer();
  const referrals = usePairReferrals('jobId', id);
  const today = stationDay();
  const withoutHours = useSeekersWithoutHours();

  if (job === undefined) return <Spin size="large" />;

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('matching.seekersForTitle', { title: job?.title ?? '' })}</Typography.Title>
        <Button size="large" onClick={() => void navigate(`/employers/job/${id}`)}>
          {t('matching.backToJob')}
        </Button>
      </Space>
      {Boolean(withoutHours) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('seekers.noHoursCount', { count: withoutHours })}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Space wrap size="large">
          <AreaFilter value={area} onChange={setArea} />
          <Select
            size="large"
            showSearch={{ filterOption: false, onSearch: setSeekerQuery }}
            placeholder={t('matching.whyNotSeeker')}
            aria-label={t('matching.whyNotSeeker')}
            style={{ minWidth: 300 }}
            value={null}
            onChange={(seekerId: string) => setWhy(seekerId)}
            options={(found?.rows ?? []).map((s) => ({
              value: s.id,
              label: `${s.name}${s.villageCode ? ` · ${villageName.get(s.villageCode) ?? ''}` : ''}`,
            }))}
          />
        </Space>
      </Card>
      <RankedMatches
        side="seekers"
        state={state}
        emptyHint={t('matching.noSeekers')}
        render={(m, rank, answer) => {
          const s = answer.seekers[m.seekerId];
          const age = s?.birthDate ? ageOn(s.birthDate, today) : null;
          return (
            <MatchCard
              key={m.seekerId}
              rank={rank}
              title={s?.name ?? ''}
              subtitle={[
                age !== null ? t('matching.age', { age }) : null,
                s?.villageCode ? villageName.get(s.villageCode) : null,
                m.commuteMinutes !== null ? t('matching.minutes', { minutes: Math.round(m.commuteMinutes) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              result={m}
              referred={referrals.get(m.seekerId)?.status ?? null}
              onWhy={() => setWhy(m.seekerId)}
              extra={
                <Button
                  type="primary"
                  size="large"
                  disabled={isOpenReferral(referrals.get(m.seekerId))}
                  onClick={() => void refer({ seekerId: m.seekerId, jobId: id }, m.flags)}
                >
                  {t('matching.refer')}
                </Button>
              }
            />
          );
        }}
      />
      <WhyPanel seekerId={why} jobId={why ? id : null} onClose={() => setWhy(null)} />
    </div>
  );
}
