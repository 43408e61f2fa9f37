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
import { AuditPage } from '../audit/audit-page';
import { EmployersSection } from '../employers/employers-section';
import { HomePage } from '../home/home-page';
import { ReferralsSection } from '../referrals/referrals-section';
import { PlacementsSection } from '../placements/placements-section';
import { RulesPage } from '../rules/rules-page';
import { SeekersSection } from '../seekers/seekers-section';
import { SettingsPage } from '../settings/settings-page';
import { StaffPage } from '../staff/staff-page';
import { SyncPage } from '../sync/sync-page';
import { SkillsGapPage } from '../skills-gap/skills-gap-page';
import { CoursesSection } from '../courses/courses-section';
import { VillagesPage } from '../villages/villages-page';

/** Every screen that exists, its path and icon. Who may open which is decided by shared/auth/roles. */
export const SCREEN_ROUTES: readonly {
  readonly screen: Screen;
  readonly path: string;
  readonly icon: ReactNode;
  readonly element: ReactNode;
}[] = [
  { screen: 'home', path: '/', icon: <HomeOutlined />, element: <HomePage /> },
  { screen: 'seekers', path: '/seekers', icon: <IdcardOutlined />, element: <SeekersSection /> },
  { screen: 'employers', path: '/employers', icon: <ShopOutlined />, element: <EmployersSection /> },
  { screen: 'referrals', path: '/referrals', icon: <SendOutlined />, element: <ReferralsSection /> },
  { screen: 'placements', path: '/placements', icon: <ScheduleOutlined />, element: <PlacementsSection /> },
  { screen: 'rules', path: '/rules', icon: <SafetyCertificateOutlined />, element: <RulesPage /> },
  { screen: 'courses', path: '/courses', icon: <BookOutlined />, element: <CoursesSection /> },
  { screen: 'skills-gap', path: '/skills-gap', icon: <RiseOutlined />, element: <SkillsGapPage /> },
  { screen: 'villages', path: '/villages', icon: <EnvironmentOutlined />, element: <VillagesPage /> },
  { screen: 'staff', path: '/staff', icon: <TeamOutlined />, element: <StaffPage /> },
  { screen: 'audit', path: '/audit', icon: <AuditOutlined />, element: <AuditPage /> },
  { screen: 'sync', path: '/sync', icon: <CloudSyncOutlined />, element: <SyncPage /> },
  { screen: 'settings', path: '/settings', icon: <SettingOutlined />, element: <SettingsPage /> },
];
