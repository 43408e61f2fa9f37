import {
  AuditOutlined,
  SendOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  CloudSyncOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  IdcardOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  RiseOutlined,
  BookOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Screen } from '#shared/auth/roles';

/**
 * The menu: every screen that exists, its path and icon, in menu order. Who may open which is decided by
 * shared/auth/roles; what each screen shows is in screens.tsx. The home page reads this table for its quick
 * links, so it never imports the screens themselves.
 */
export const MENU: readonly { readonly screen: Screen; readonly path: string; readonly icon: ReactNode }[] = [
  { screen: 'home', path: '/', icon: <HomeOutlined /> },
  { screen: 'seekers', path: '/seekers', icon: <IdcardOutlined /> },
  { screen: 'employers', path: '/employers', icon: <ShopOutlined /> },
  { screen: 'referrals', path: '/referrals', icon: <SendOutlined /> },
  { screen: 'placements', path: '/placements', icon: <ScheduleOutlined /> },
  { screen: 'rules', path: '/rules', icon: <SafetyCertificateOutlined /> },
  { screen: 'courses', path: '/courses', icon: <BookOutlined /> },
  { screen: 'skills-gap', path: '/skills-gap', icon: <RiseOutlined /> },
  { screen: 'villages', path: '/villages', icon: <EnvironmentOutlined /> },
  { screen: 'staff', path: '/staff', icon: <TeamOutlined /> },
  { screen: 'audit', path: '/audit', icon: <AuditOutlined /> },
  { screen: 'sync', path: '/sync', icon: <CloudSyncOutlined /> },
  { screen: 'settings', path: '/settings', icon: <SettingOutlined /> },
];

/** What each screen's quick link on the home page says it is for. */
export const QUICK_HINT = {
  seekers: 'home.openSeekers',
  employers: 'home.openEmployers',
  villages: 'home.openVillages',
  staff: 'home.openStaff',
  audit: 'home.openAudit',
  settings: 'home.openSettings',
  sync: 'home.openSync',
  placements: 'rights.placements.quickHint',
  rules: 'rights.rules.quickHint',
  referrals: 'matching.quickHint',
  courses: 'training.quickHint',
  'skills-gap': 'training.gapQuickHint',
} as const satisfies Record<Exclude<Screen, 'home'>, string>;
