import type { ReactNode } from 'react';
import type { Screen } from '#shared/auth/roles';
import { AuditPage } from '../audit/audit-page';
import { CoursesSection } from '../courses/courses-section';
import { EmployersSection } from '../employers/employers-section';
import { HomePage } from '../home/home-page';
import { PlacementsSection } from '../placements/placements-section';
import { ReferralsSection } from '../referrals/referrals-section';
import { RulesPage } from '../rules/rules-page';
import { SeekersSection } from '../seekers/seekers-section';
import { SettingsPage } from '../settings/settings-page';
import { SkillsGapPage } from '../skills-gap/skills-gap-page';
import { StaffPage } from '../staff/staff-page';
import { SyncPage } from '../sync/sync-page';
import { VillagesPage } from '../villages/villages-page';

/** What each screen of the menu (menu.tsx) shows: a page, or a section with routes of its own. */
export const SCREENS: Readonly<Record<Screen, ReactNode>> = {
  home: <HomePage />,
  seekers: <SeekersSection />,
  employers: <EmployersSection />,
  referrals: <ReferralsSection />,
  placements: <PlacementsSection />,
  rules: <RulesPage />,
  courses: <CoursesSection />,
  'skills-gap': <SkillsGapPage />,
  villages: <VillagesPage />,
  staff: <StaffPage />,
  audit: <AuditPage />,
  sync: <SyncPage />,
  settings: <SettingsPage />,
};
