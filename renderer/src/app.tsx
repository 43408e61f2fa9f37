import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import { useStation } from './db/queries';
import { LockScreen } from './features/auth/lock-screen';
import { LoginPage } from './features/auth/login-page';
import { APP_FRAME } from './features/layout/preload';
import { startMatchingSoon } from './matching/start';
import { CurrentStation } from './state/current-station';
import { useSession } from './state/session-store';
import { KeptStyles } from './ui/kept-styles';
import { onDemand } from './ui/on-demand';

// The log-in screen needs almost nothing: the app's frame and the first-run set-up load when they are needed.
const AppLayout = APP_FRAME.Component;
const FirstRunPage = onDemand(async () => (await import('./features/setup/first-run-page')).FirstRunPage).Component;

/** Big, calm defaults for people who do not use computers every day. */
const THEME = {
  token: { fontSize: 16, controlHeight: 40, controlHeightLG: 48, borderRadius: 8, colorPrimary: '#1a66c9' },
  components: { Menu: { itemHeight: 52, fontSize: 17 }, Button: { contentFontSizeLG: 17 } },
};

/**
 * First run → log-in → the app. While locked, the app stays mounted but hidden behind the lock screen, so the
 * same person finds every screen as they left it; another person gets fresh screens (keyed by who is logged in).
 */
function Gate() {
  const station = useStation();
  const user = useSession((s) => s.user);
  const locked = useSession((s) => s.locked);
  useEffect(() => {
    if (user) startMatchingSoon();
  }, [user]);
  if (station === 'loading') return <Spin size="large" fullscreen />;
  if (!station)
    return (
      <WhileLoading>
        <FirstRunPage />
      </WhileLoading>
    );
  if (!user) return <LoginPage station={station} />;
  return (
    <>
      {locked && (
        <div className="lock-overlay">
          <LockScreen station={station} />
        </div>
      )}
      <div hidden={locked} inert={locked} data-testid="app-screens">
        <WhileLoading>
          <CurrentStation.Provider value={station}>
            <AppLayout key={user.id} user={user} />
          </CurrentStation.Provider>
        </WhileLoading>
      </div>
    </>
  );
}

function WhileLoading({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={<Spin size="large" fullscreen />}>{children}</Suspense>;
}

export function App() {
  const { i18n, t } = useTranslation();
  const english = i18n.language === 'en';
  useEffect(() => {
    dayjs.locale(english ? 'en' : 'zh-cn');
    document.documentElement.lang = english ? 'en' : 'zh-CN';
    document.title = `${t('app.name')} · Doorstep`;
  }, [english, t]);
  return (
    <KeptStyles>
      <ConfigProvider
        locale={english ? enUS : zhCN}
        theme={THEME}
        componentSize="large"
        button={{ autoInsertSpace: false }}
      >
        <AntApp>
          <HashRouter>
            <Gate />
          </HashRouter>
        </AntApp>
      </ConfigProvider>
    </KeptStyles>
  );
}
