import { LockOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { canOpen } from '#shared/auth/roles';
import { appEnv } from '../../db/commands/env';
import { startDuePlacements } from '../../db/commands/placements';
import { useIdleLockMinutes } from '../../db/queries';
import { useIdleLock } from '../../hooks/use-idle-lock';
import { markTyped, useHandoverNotice, useGuardedLeave, useUnsavedInput } from '../../hooks/use-leave-guard';
import { useCurrentStation } from '../../state/current-station';
import { useSession, type SessionUser } from '../../state/session-store';
import { startBackgroundSync } from '../../sync/runtime';
import { startAutomaticBackups } from '../../backup/auto-runtime';
import { AfterFirstPaint } from './after-first-paint';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitch } from '../../ui/language-switch';
import { MENU } from './menu';
import { SCREENS } from './screens';

export function AppLayout({ user }: { readonly user: SessionUser }) {
  const station = useCurrentStation();
  // Sync runs in the background from the first screen on; it never waits on the UI.
  useEffect(() => startBackgroundSync(), []);
  useEffect(() => startAutomaticBackups(), []);
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const lock = useSession((s) => s.lock);
  const logOut = useSession((s) => s.logOut);
  useIdleLock(useIdleLockMinutes());
  const leave = useGuardedLeave();
  useUnsavedInput(location.pathname);
  useHandoverNotice(useCallback(() => void navigate('/', { replace: true }), [navigate]));
  // A hire whose first day has come moves its person to "in work" (status follows the date): checked once the
  // first screen has painted, so the log-in shows the home page without waiting on it.
  const startDue = useCallback(() => {
    if (canOpen(user, 'placements')) void startDuePlacements(appEnv(), user);
  }, [user]);
  const allowed = MENU.filter((r) => canOpen(user, r.screen));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="light" className="app-sider">
        <div className="app-brand">
          <div className="app-brand-name">{t('app.name')}</div>
          <div className="app-brand-station">{station.name}</div>
        </div>
        <Menu
          mode="inline"
          className="app-menu"
          selectedKeys={[allowed.find((r) => r.path !== '/' && location.pathname.startsWith(r.path))?.path ?? '/']}
          onClick={({ key }) => leave(() => void navigate(key))}
          items={allowed.map((r) => ({ key: r.path, icon: r.icon, label: t(`nav.${r.screen}`) }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong className="app-user">
            {user.name} · {t(`roles.${user.role}`)}
          </Typography.Text>
          <Space size="middle" wrap>
            <LanguageSwitch />
            <Button icon={<LockOutlined />} onClick={() => lock(false)}>
              {t('nav.lock')}
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => leave(logOut)}>
              {t('nav.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content" onInputCapture={() => markTyped(location.pathname)}>
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<Spin size="large" className="screen-loading" />}>
              <Routes>
                {allowed.map((r) => {
                  const Screen = SCREENS[r.screen].Component;
                  return <Route key={r.path} path={r.path === '/' ? '/' : `${r.path}/*`} element={<Screen />} />;
                })}
                <Route path="*" element={<Navigate to="/" replace />} />
              </Routes>
              <AfterFirstPaint run={startDue} />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
