import { describe, expect, it } from 'vitest';
import { canOpen, SCREENS, type Principal } from './roles';

const screensOf = (who: Principal) => SCREENS.filter((s) => canOpen(who, s));

describe('screens by role', () => {
  it.each([
    [
      { role: 'staff', admin: false },
      ['home', 'seekers', 'employers', 'referrals', 'placements', 'courses', 'skills-gap', 'sync'],
    ],
    [
      { role: 'staff', admin: true },
      [
        'home',
        'seekers',
        'employers',
        'referrals',
        'placements',
        'courses',
        'skills-gap',
        'villages',
        'staff',
        'audit',
        'settings',
        'sync',
      ],
    ],
    // a trainer sees the courses they teach and roll-call, never the registry
    [{ role: 'trainer', admin: false }, ['home', 'courses', 'sync']],
    [{ role: 'trainer', admin: true }, ['home', 'courses', 'settings', 'sync']],
    [
      { role: 'county_admin', admin: false },
      ['home', 'seekers', 'employers', 'referrals', 'placements', 'courses', 'skills-gap', 'rules', 'sync'],
    ],
    [
      { role: 'county_admin', admin: true },
      [
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
      ],
    ],
  ] as const)('%j opens %j', (who, screens) => {
    expect(screensOf(who)).toEqual(screens);
  });
});
