import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { ConsoleLayout } from './layout/console-layout';
import { LoginPage } from './login/login-page';
import { SessionProvider, useSession } from './session/session';

// Each screen loads when first opened: the log-in page comes without the charts and tables behind it.
// The dashboard, the first screen after log-in, is fetched while the log-in page is shown.
const loadDashboard = () => import('./dashboard/dashboard-page');
const DashboardPage = lazy(() => loadDashboard().then((m) => ({ default: m.DashboardPage })));
const StationsPage = lazy(() => import('./stations/stations-page').then((m) => ({ default: m.StationsPage })));
const LedgerPage = lazy(() => import('./ledgers/ledger-page').then((m) => ({ default: m.LedgerPage })));
const DuplicatesPage = lazy(() => import('./duplicates/duplicates-page').then((m) => ({ default: m.DuplicatesPage })));
const ReportsPage = lazy(() => import('./reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const AuditPage = lazy(() => import('./audit/audit-page').then((m) => ({ default: m.AuditPage })));
const HelpPage = lazy(() => import('./help/help-page').then((m) => ({ default: m.HelpPage })));

/** Big, calm defaults for people who read figures all day in Excel. */
const THEME = {
  // the components' styles come from antd/dist/antd.css (main.tsx), not written at run time
  zeroRuntime: true,
  token: { fontSize: 16, controlHeight: 40, controlHeightLG: 48, borderRadius: 8, colorPrimary: '#1a66c9' },
  components: { Menu: { itemHeight: 48, fontSize: 16 }, Table: { cellPaddingBlock: 12 } },
};

/** Where someone who is not logged in goes: the log-in page, which brings them back afterwards. */
function RequireLogin() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Spin size="large" fullscreen />;
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <ConsoleLayout />;
}

function LoginRoute() {
  const { user } = useSession();
  const location = useLocation();
  useEffect(() => {
    void loadDashboard().catch(() => undefined);
  }, []);
  const from = (location.state as { from?: string } | null)?.from;
  const target = from && from !== '/login' ? from : '/';
  // Let in and going to the dashboard: its figures are asked for while the screens are drawn.
  useEffect(() => {
    const [path = '', search = ''] = target.split('?');
    if (!user || path !== '/') return;
    void loadDashboard()
      .then((m) => m.prefetchDashboard(search))
      .catch(() => undefined);
  }, [user, target]);
  if (user === undefined) return <Spin size="large" fullscreen />;
  if (user) return <Navigate to={target} replace />;
  return <LoginPage />;
}

function AdminOnly({ children }: { readonly children: React.ReactElement }) {
  const { user } = useSession();
  return user?.role === 'county-admin' ? children : <Navigate to="/" replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return <Result status="404" title={t('notFound')} extra={<Link to="/">{t('backHome')}</Link>} />;
}

export function App() {
  const { i18n, t } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
    document.title = t('app.full');
  }, [english, t]);

  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <SessionProvider>
          <BrowserRouter basename="/console">
            <Routes>
              <Route path="/login" element={<LoginRoute />} />
              <Route element={<RequireLogin />}>
                <Route index element={<DashboardPage />} />
                <Route path="stations" element={<StationsPage />} />
                <Route path="ledgers/:name" element={<LedgerPage />} />
                <Route path="duplicates" element={<DuplicatesPage />} />
                <Route path="reports" element={<ReportsPage />} />
                <Route
                  path="audit"
                  element={
                    <AdminOnly>
                      <AuditPage />
                    </AdminOnly>
                  }
                />
                <Route path="help" element={<HelpPage />} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
