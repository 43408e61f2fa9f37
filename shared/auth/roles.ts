/**
 * Roles and the screens each may open. A table, not scattered checks: the app shell builds its menu from
 * it and the router refuses anything not listed.
 */
export const ROLES = ['staff', 'trainer', 'county_admin'] as const;
export type Role = (typeof ROLES)[number];

export const SCREENS = [
  'home',
  'seekers',
  'employers',
  'referrals',
  'placements',
  'courses',
  'skills-gap',
  'rules',
  'villages',
  'staff',
  'audit',
  'settings',
  'sync',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Screens by role. `manage` marks screens that also need the account's admin right. */
export const SCREEN_ACCESS: Readonly<Record<Screen, { readonly roles: readonly Role[]; readonly manage: boolean }>> = {
  home: { roles: ['staff', 'trainer', 'county_admin'], manage: false },
  seekers: { roles: ['staff', 'county_admin'], manage: false },
  employers: { roles: ['staff', 'county_admin'], manage: false },
  // Matching results and referrals (issue 5); placements and their follow-up visits (issue 6).
  referrals: { roles: ['staff', 'county_admin'], manage: false },
  placements: { roles: ['staff', 'county_admin'], manage: false },
  // Training (issue 7): trainers see their courses and roll-call, not seekers' full records.
  courses: { roles: ['staff', 'trainer', 'county_admin'], manage: false },
  'skills-gap': { roles: ['staff', 'county_admin'], manage: false },
  // The county's rule parameters (minimum wages, hour limits…): read by all, edited by a county admin.
  rules: { roles: ['county_admin'], manage: false },
  villages: { roles: ['staff', 'county_admin'], manage: true },
  staff: { roles: ['staff', 'county_admin'], manage: true },
  audit: { roles: ['staff', 'county_admin'], manage: true },
  settings: { roles: ['staff', 'trainer', 'county_admin'], manage: true },
  // Anyone may read the sync status and press "sync now"; enrolling needs the admin right (the command checks).
  sync: { roles: ['staff', 'trainer', 'county_admin'], manage: false },
};

export interface Principal {
  readonly role: Role;
  readonly admin: boolean;
}

export function canOpen(who: Principal, screen: Screen): boolean {
  const rule = SCREEN_ACCESS[screen];
  return rule.roles.includes(who.role) && (!rule.manage || who.admin);
}
