import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useStation } from '../../db/queries';
import { usePlacementViews, useRuleParams, type PlacementView } from '../../db/rights-queries';
import { evaluatePlacement, nextVisit } from './placement-eval';
import { stationDay } from '../../state/station-day';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

const TRACK_COLOR = {
  'first-weeks': 'blue',
  reminder: 'orange',
  'signed-in-time': 'green',
  'signed-late': 'orange',
  'double-wage': 'red',
  'open-ended-deemed': 'red',
  unknown: 'default',
} as const;

/** 上岗回访: every placement, active first, with its contract state and next visit. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const views = usePlacementViews();
  const params = useRuleParams();
  const station = useStation();
  const stationArea = station && station !== 'loading' ? station.areaCode : null;
  const today = stationDay();

  const contractCell = (v: PlacementView) => {
    if (!params) return null;
    const track = evaluatePlacement(v, params, stationArea, today).contract;
    if (!track) return <Tag>{t(`options.contract.${v.placement.contractKind}`)}</Tag>;
    return (
      <Tag color={TRACK_COLOR[track.state]}>
        {isKeyOf(zhCN.rights.followUps.contractStates, track.state)
          ? t(`rights.followUps.contractStates.${track.state}`)
          : t(`rights.placements.contractStatuses.${v.placement.contractStatus}`)}
      </Tag>
    );
  };
  const visitCell = (v: PlacementView) => {
    if (v.placement.status === 'ended') return '—';
    const next = nextVisit(v);
    if (!next) return t('rights.placements.allDone');
    const late = dayjs(today).diff(next.due, 'day');
    return (
      <span>
        {t(`rights.visits.kinds.${next.kind}`)} · {next.due}
        {late > 0 && (
          <Tag color="red" style={{ marginLeft: 6 }}>
            {t('rights.placements.overdue', { days: late })}
          </Tag>
        )}
      </span>
    );
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('rights.placements.title')}</Typography.Title>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => void navigate('/placements/new')}>
          {t('rights.placements.add')}
        </Button>
      </Space>
      <Typography.Paragraph>{t('rights.placements.intro')}</Typography.Paragraph>
      <Table<PlacementView>
        rowKey={(v) => v.placement.id}
        dataSource={views ?? []}
        loading={views === undefined}
        locale={{ emptyText: t('rights.placements.empty') }}
        onRow={(v) => ({ onClick: () => void navigate(`/placements/${v.placement.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('rights.placements.seeker'),
            key: 'seeker',
            render: (_x, v) => <strong>{v.seeker?.name ?? '—'}</strong>,
          },
          {
            title: t('rights.placements.job'),
            key: 'job',
            render: (_x, v) => `${v.job?.title ?? '—'}（${v.employer?.name ?? '—'}）`,
          },
          {
            title: t('rights.placements.startDate'),
            key: 'start',
            width: 140,
            render: (_x, v) => v.placement.startDate,
          },
          {
            title: t('rights.placements.status'),
            key: 'status',
            width: 90,
            render: (_x, v) => (
              <Tag color={v.placement.status === 'active' ? 'green' : 'default'}>
                {t(`rights.placements.statuses.${v.placement.status}`)}
              </Tag>
            ),
          },
          { title: t('rights.placements.contract'), key: 'contract', render: (_x, v) => contractCell(v) },
          { title: t('rights.placements.nextVisit'), key: 'visit', render: (_x, v) => visitCell(v) },
          {
            title: '',
            key: 'open',
            width: 90,
            render: (_x, v) => (
              <Button
                onClick={(e) => {
                  e.stopPropagation();
                  void navigate(`/placements/${v.placement.id}`);
                }}
              >
                {t('rights.placements.open')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
