import type { ComponentType } from 'react';
import type { Screen } from '#shared/auth/roles';
import { onDemand, type OnDemand } from '../../ui/on-demand';

/** A screen whose code (and its heavy libraries) loads the first time it is shown, or when fetched ahead. */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType<object>>>, name: K): OnDemand<object> {
  return onDemand(async () => (await load())[name]);
}

/**
 * What each screen of the menu (menu.tsx) shows: a page, or a section with routes of its own. Each screen is its
 * own chunk, loaded when first opened, so the log-in screen and the home page never wait for the others.
 */
export const SCREENS: Readonly<Record<Screen, OnDemand<object>>> = {
  home: screen(() => import('../home/home-page'), 'HomePage'),
  seekers: screen(() => import('../seekers/seekers-section'), 'SeekersSection'),
  employers: screen(() => import('../employers/employers-section'), 'EmployersSection'),
  referrals: screen(() => import('../referrals/referrals-section'), 'ReferralsSection'),
  placements: screen(() => import('../placements/placements-section'), 'PlacementsSection'),
  rules: screen(() => import('../rules/rules-page'), 'RulesPage'),
  courses: screen(() => import('../courses/courses-section'), 'CoursesSection'),
  'skills-gap': screen(() => import('../skills-gap/skills-gap-page'), 'SkillsGapPage'),
  villages: screen(() => import('../villages/villages-page'), 'VillagesPage'),
  staff: screen(() => import('../staff/staff-page'), 'StaffPage'),
  audit: screen(() => import('../audit/audit-page'), 'AuditPage'),
  sync: screen(() => import('../sync/sync-page'), 'SyncPage'),
  settings: screen(() => import('../settings/settings-page'), 'SettingsPage'),
};
