import { Button, Card, Col, Collapse, Descriptions, List, Row, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { visitSchedule } from '#shared/rights/follow-up';
import { fromStored } from '#shared/rights/stored';
import { useStation } from '../../db/queries';
import { usePlacementView, useRuleParams } from '../../db/rights-queries';
import { ContractTrackerCard } from './contract-tracker-card';
import { FindingsList, ResultTag } from '../../ui/findings-list';
import { currentFindings } from './placement-eval';
import { PlacementEditCard } from './placement-edit-card';
import { MaternityCard } from './maternity-card';
import { stationDay } from '../../state/station-day';

/**
 * One placement: what staff found out (the form) beside the checks as things stand and the contract tracker, then
 * the three visits. Law texts are folded under each finding, so the page opens on what to do.
 */
export function PlacementDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const view = usePlacementView(id);
  const params = useRuleParams();
  const station = useStation();
  if (view === undefined || !params || station === 'loading') return <Spin size="large" />;
  if (view === null) {
    return (
      <div className="page">
        <Typography.Paragraph>{t('errors.placement.missing')}</Typography.Paragraph>
        <Button size="large" onClick={() => void navigate('/placements')}>
          {t('rights.placements.back')}
        </Button>
      </div>
    );
  }
  const today = stationDay();
  const stationArea = station?.areaCode ?? null;
  const result = currentFindings(view, params, stationArea, today);
  const { placement: p } = view;
  const name = view.seeker?.name ?? '—';
  const pay = `${p.wage.amount} ${t(`options.payUnit.${p.wage.kind}`)}`;

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>
          {t('rights.placements.detailTitle', { name, employer: view.employer?.name ?? '—' })}
        </Typography.Title>
        <Button size="large" onClick={() => void navigate('/placements')}>
          {t('rights.placements.back')}
        </Button>
      </Space>
      <Card className="form-card" title={t('rights.placements.details')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="middle">
          <Descriptions.Item label={t('rights.placements.seeker')}>{name}</Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.job')}>{view.job?.title ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.employer')}>{view.employer?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.startDate')}>{p.startDate}</Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.wage')}>{pay}</Descriptions.Item>
          <Descriptions.Item label={t('employers.contractKind')}>
            {t(`options.contract.${p.contractKind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.contractStatus')}>
            {t(`rights.placements.contractStatuses.${p.contractStatus}`)}
            {p.contractSignedOn ? `（${p.contractSignedOn}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('rights.placements.socialInsuranceStatus')}>
            {t(`rights.placements.socialInsuranceStatuses.${p.socialInsuranceStatus}`)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {/* What staff come here to do first: record what they found out, and see what that means, side by side. */}
      <Row gutter={16} align="top">
        <Col xs={24} xl={12}>
          <PlacementEditCard key={p.updatedAt} placement={p} />
        </Col>
        <Col xs={24} xl={12}>
          <Card className="form-card" title={t('rights.visits.current')}>
            <FindingsList findings={result.findings} />
          </Card>
          <ContractTrackerCard
            placement={p}
            track={result.contract}
            monthlyWage={result.facts.monthlyWageEstimate}
            relation={result.relation}
          />
        </Col>
      </Row>
      <MaternityCard
        key={`m-${view.seeker?.id ?? ''}-${view.seeker?.pregnancyDueDate ?? ''}`}
        view={view}
        today={today}
      />
      <Card className="form-card" title={t('rights.visits.title')}>
        <List
          dataSource={[
            ...visitSchedule(p.startDate).map((s) => ({ kind: s.kind, due: s.due as string | null })),
            { kind: 'extra' as const, due: null },
          ]}
          renderItem={(s) => {
            const done = view.visits.filter((v) => v.kind === s.kind);
            const due = s.due !== null && s.due <= today;
            return (
              <List.Item
                actions={
                  s.kind === 'extra' || done.length === 0
                    ? [
                        <Button
                          key="go"
                          type={due && done.length === 0 ? 'primary' : 'default'}
                          size="large"
                          disabled={p.status === 'ended'}
                          onClick={() => void navigate(`/placements/${p.id}/visit/${s.kind}`)}
                        >
                          {s.kind === 'extra' ? t('rights.visits.extra') : t('rights.visits.start')}
                        </Button>,
                      ]
                    : []
                }
              >
                <Space direction="vertical" size={2}>
                  <Space wrap>
                    <Typography.Text strong>{t(`rights.visits.kinds.${s.kind}`)}</Typography.Text>
                    {s.due && (
                      <Typography.Text type="secondary">{t('rights.visits.due', { date: s.due })}</Typography.Text>
                    )}
                    {s.due && done.length === 0 && !due && <Tag>{t('rights.visits.notYet')}</Tag>}
                    {s.due && done.length === 0 && due && s.due < today && (
                      <Tag color="red">{t('rights.placements.overdue', { days: dayjs(today).diff(s.due, 'day') })}</Tag>
                    )}
                  </Space>
                  {done.map((v) => (
                    <div key={v.id}>
                      {t('rights.visits.done', { date: v.visitedOn, who: v.recordedBy })}{' '}
                      <ResultTag findings={v.findings} />
                    </div>
                  ))}
                </Space>
              </List.Item>
            );
          }}
        />
        {view.visits.length > 0 && (
          <>
            <Collapse
              ghost
              items={[
                {
                  key: 'latest',
                  label: t('rights.visits.findingsOn', { date: view.visits.at(-1)?.visitedOn ?? '' }),
                  children: <FindingsList findings={(view.visits.at(-1)?.findings ?? []).map((f) => fromStored(f))} />,
                },
              ]}
            />
          </>
        )}
      </Card>
    </div>
  );
}
