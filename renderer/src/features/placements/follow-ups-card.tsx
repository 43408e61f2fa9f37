import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { followUpsDue } from '#shared/rights/follow-up';
import { useActivePlacementViews, useRuleParams } from '../../db/rights-queries';
import { stationDay } from '../../state/station-day';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

const SHOWN = 8;

/** 今天要回访: scheduled visits whose day has come (overdue too) and contracts to chase, for the home page. */
export function FollowUpsCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Ended placements have nothing due: only the active ones are read.
  const views = useActivePlacementViews();
  const params = useRuleParams();
  if (!views || !params) return null;
  const today = stationDay();
  const names = new Map(views.map((v) => [v.placement.id, v.seeker?.name ?? '—']));
  const due = followUpsDue(
    views.map((v) => ({ placement: v.placement, visits: v.visits, person: v.seeker })),
    today,
    params,
  );

  return (
    <Card
      title={t('rights.followUps.title')}
      className="follow-ups-card"
      data-testid="follow-ups"
      style={{ marginTop: 16 }}
    >
      {due.length === 0 ? (
        <Typography.Text type="secondary">{t('rights.followUps.empty')}</Typography.Text>
      ) : (
        <List
          dataSource={due.slice(0, SHOWN)}
          renderItem={(f) => {
            const name = names.get(f.placementId) ?? '—';
            const go = () =>
              void navigate(
                f.kind === 'visit' ? `/placements/${f.placementId}/visit/${f.visit}` : `/placements/${f.placementId}`,
              );
            return (
              <List.Item onClick={go} style={{ cursor: 'pointer' }} role="link">
                {f.kind === 'visit' ? (
                  <span>
                    {t('rights.followUps.visit', { name, kind: t(`rights.visits.kinds.${f.visit}`) })}
                    <Tag color={f.overdueDays > 0 ? 'red' : 'blue'} style={{ marginLeft: 8 }}>
                      {f.overdueDays > 0
                        ? t('rights.followUps.overdue', { days: f.overdueDays })
                        : t('rights.followUps.dueToday')}
                    </Tag>
                  </span>
                ) : (
                  <span>
                    {t('rights.followUps.contract', { name })}
                    <Tag
                      color={f.track.state === 'reminder' || f.track.state === 'unknown' ? 'orange' : 'red'}
                      style={{ marginLeft: 8 }}
                    >
                      {isKeyOf(zhCN.rights.followUps.contractStates, f.track.state)
                        ? t(`rights.followUps.contractStates.${f.track.state}`)
                        : f.track.state}
                    </Tag>
                  </span>
                )}
              </List.Item>
            );
          }}
        />
      )}
      {due.length > SHOWN && (
        <Typography.Link onClick={() => void navigate('/placements')}>
          {t('rights.followUps.more', { count: due.length - SHOWN })}
        </Typography.Link>
      )}
    </Card>
  );
}
