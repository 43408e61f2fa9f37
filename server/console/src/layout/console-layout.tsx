import { LogoutOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { useSession, useUser } from '../session/session';
import { LanguageSwitch } from '../ui/language-switch';
import { ErrorBoundary } from './error-boundary';
import { menuItems, selectedKey } from './menu';

/** The frame of every screen after log-in: the menu on the left, the account and log-out at the top. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { logOut } = useSession();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const key = selectedKey(pathname);

  return (
    <Layout className="console-shell">
      <Layout.Sider width={232} theme="light" className="app-sider">
        <div className="app-brand">
          <div className="app-brand-name">{t('app.name')}</div>
          <div className="app-brand-sub">{t('app.full')}</div>
        </div>
        <Menu
          mode="inline"
          className="app-menu"
          selectedKeys={[key]}
          defaultOpenKeys={['ledgers']}
          // The period and places chosen travel with the person from screen to screen.
          onClick={({ key: to }) => void navigate({ pathname: to, search: keepFilter(search) })}
          items={menuItems(t, user.role)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Typography.Text strong className="app-user" data-testid="console-user">
            {user.displayName || user.name} · {t(`roles.${user.role}`)}
          </Typography.Text>
          <Space size="middle" wrap>
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void logOut()}>
              {t('nav.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="app-content">
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<Spin size="large" className="screen-loading" />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Of an address's query, the shared filter only (period, station, area), not one screen's own options. */
function keepFilter(search: string): string {
  const from = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ['from', 'to', 'station', 'area']) {
    const value = from.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
