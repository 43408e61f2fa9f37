import { describe, expect, it } from 'vitest';
import { canOpen, SCREENS, type Principal } from './roles';

const screensOf = (who: Principal) => SCREENS.filter((s) => canOpen(who, s));

describe('screens by role', () => {
  it.each([
    [{ role: 'staff', admin: false }, ['home', 'seekers', 'employers', 'sync']],
    [{ role: 'staff', admin: true }, ['home', 'seekers', 'employers', 'villages', 'staff', 'audit', 'settings', 'sync']],
    [{ role: 'trainer', admin: false }, ['home', 'sync']],
    [{ role: 'county_admin', admin: false }, ['home', 'seekers', 'employers', 'sync']],
    [{ role: 'county_admin', admin: true }, ['home', 'seekers', 'employers', 'villages', 'staff', 'audit', 'settings', 'sync']],
  ] as const)('%j opens %j', (who, screens) => {
    expect(screensOf(who)).toEqual(screens);
  });
});
