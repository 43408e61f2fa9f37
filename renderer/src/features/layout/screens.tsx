import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Screen } from '#shared/auth/roles';

/** A component that loads its screen's code (and its heavy libraries) the first time it is shown. */
function onDemand<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * What each screen of the menu (menu.tsx) shows: a page, or a section with routes of its own. Each screen is its
 * own chunk, loaded when first opened, so the log-in screen and the home page never wait for the others.
 */
export const SCREENS: Readonly<Record<Screen, LazyExoticComponent<ComponentType>>> = {
  home: onDemand(() => import('../home/home-page'), 'HomePage'),
  seekers: onDemand(() => import('../seekers/seekers-section'), 'SeekersSection'),
  employers: onDemand(() => import('../employers/employers-section'), 'EmployersSection'),
  referrals: onDemand(() => import('../referrals/referrals-section'), 'ReferralsSection'),
  placements: onDemand(() => import('../placements/placements-section'), 'PlacementsSection'),
  rules: onDemand(() => import('../rules/rules-page'), 'RulesPage'),
  courses: onDemand(() => import('../courses/courses-section'), 'CoursesSection'),
  'skills-gap': onDemand(() => import('../skills-gap/skills-gap-page'), 'SkillsGapPage'),
  villages: onDemand(() => import('../villages/villages-page'), 'VillagesPage'),
  staff: onDemand(() => import('../staff/staff-page'), 'StaffPage'),
  audit: onDemand(() => import('../audit/audit-page'), 'AuditPage'),
  sync: onDemand(() => import('../sync/sync-page'), 'SyncPage'),
  settings: onDemand(() => import('../settings/settings-page'), 'SettingsPage'),
};
