import { Card, Col, Descriptions, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canOpen } from '#shared/auth/roles';
import { useAuditPage, usePendingCount, useStation } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { MENU, QUICK_HINT } from '../layout/menu';
import { FollowUpsCard } from '../placements/follow-ups-card';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const station = useStation();
  const pending = usePendingCount();
  const showRecent = user ? canOpen(user, 'audit') : false;
  const recent = useAuditPage(0, 5, showRecent);
  if (!user || !station || station === 'loading') return null;
  const quick = MENU.filter((r) => r.screen !== 'home' && canOpen(user, r.screen));

  return (
    <div className="page">
      <Typography.Title level={2}>{t('home.greeting', { name: user.name })}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <Descriptions column={1} size="middle" labelStyle={{ width: 160 }}>
              <Descriptions.Item label={t('home.station')}>{station.name}</Descriptions.Item>
              <Descriptions.Item label={t('home.areaCode')}>{station.areaCode}</Descriptions.Item>
              <Descriptions.Item label={t('home.role')}>{t(`roles.${user.role}`)}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card>
            <Statistic title={t('home.pending')} value={t('home.pendingValue', { count: pending })} />
          </Card>
        </Col>
      </Row>
      {canOpen(user, 'placements') && <FollowUpsCard />}
      {quick.length > 0 && (
        <>
          <Typography.Title level={3} style={{ marginTop: 24 }}>
            {t('home.quick')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {quick.map((r) => (
              <Col key={r.path} xs={24} md={8}>
                <Card hoverable className="quick-card" onClick={() => void navigate(r.path)} role="link">
                  <div className="quick-card-icon">{r.icon}</div>
                  <div className="quick-card-title">{t(`nav.${r.screen}`)}</div>
                  <div className="quick-card-hint">
                    {r.screen === 'home'
                      ? ''
                      : // a trainer takes the roll-call of their own courses; staff open courses and enrol
                        t(
                          r.screen === 'courses' && user.role === 'trainer'
                            ? 'training.quickHintTrainer'
                            : QUICK_HINT[r.screen],
                        )}
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
      {showRecent && (
        <>
          <Typography.Title level={3} style={{ marginTop: 24 }}>
            {t('home.recent')}
          </Typography.Title>
          <Table
            rowKey="id"
            dataSource={recent}
            pagination={false}
            showHeader={false}
            locale={{ emptyText: t('home.noRecent') }}
            columns={[
              { key: 'at', width: 200, render: (_v, a) => dayjs(a.at).format('YYYY-MM-DD HH:mm') },
              { key: 'who', width: 160, render: (_v, a) => a.actorName ?? t('audit.system') },
              {
                key: 'what',
                render: (_v, a) => (isKeyOf(zhCN.actions, a.action) ? t(`actions.${a.action}`) : a.action),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
