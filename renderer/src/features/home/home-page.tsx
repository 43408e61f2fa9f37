import { Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useDeferredValue } from 'react';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { canOpen } from '#shared/auth/roles';
import type { AuditEntry } from '#shared/entities/audit';
import { useAuditPage, usePendingCount } from '../../db/queries';
import { useCurrentStation } from '../../state/current-station';
import { useSession } from '../../state/session-store';
import { MENU, QUICK_HINT } from '../layout/menu';
import { FollowUpsCard } from '../placements/follow-ups-card';
import { isKeyOf } from '../../i18n/labels';
import { zhCN } from '../../i18n/zh-CN';

export function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const station = useCurrentStation();
  const pending = usePendingCount();
  // The greeting and the station's details in the first drawing; the rest (visits due, shortcuts, recent work) in
  // the next, which React draws in short slices: after log-in a slow PC shows the page at once, then fills it.
  const rest = useDeferredValue(true, false);
  const showRecent = user ? canOpen(user, 'audit') : false;
  const recent = useAuditPage(0, 5, showRecent && rest);
  if (!user) return null;
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
            <Statistic
              title={t('home.pending')}
              loading={pending === undefined}
              value={t('home.pendingValue', { count: pending ?? 0 })}
            />
          </Card>
        </Col>
      </Row>
      {rest && canOpen(user, 'placements') && <FollowUpsCard />}
      {rest && quick.length > 0 && (
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
      {rest && showRecent && (
        <>
          <Typography.Title level={3} style={{ marginTop: 24 }}>
            {t('home.recent')}
          </Typography.Title>
          <RecentActivity entries={recent} />
        </>
      )}
    </div>
  );
}

/**
 * The last few things done at the station, newest first: when, who, what. A plain list, not a table: the home page
 * is the first screen after log-in, and a table measures the page's layout before it can show five lines.
 */
function RecentActivity({ entries }: { readonly entries: readonly AuditEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Typography.Text type="secondary">{t('home.noRecent')}</Typography.Text>;
  return (
    <Card size="small">
      <ol className="recent-list" data-testid="recent-activity">
        {entries.map((a) => (
          <li key={a.id}>
            <span className="recent-at">{dayjs(a.at).format('YYYY-MM-DD HH:mm')}</span>
            <span className="recent-who">{a.actorName ?? t('audit.system')}</span>
            <span>{isKeyOf(zhCN.actions, a.action) ? t(`actions.${a.action}`) : a.action}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}
