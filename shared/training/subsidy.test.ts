import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from '../rights/parameters/defaults';
import { valueInForce } from '../rights/parameters/lookup';
import { SUBSIDY_DEFAULTS, subsidyDefaultsFor } from './subsidy';

describe('a new course’s subsidy thresholds', () => {
  it('are the shipped defaults when the county has no row', () => {
    expect(subsidyDefaultsFor('qualification', null)).toEqual(SUBSIDY_DEFAULTS.qualification);
  });

  it('follow the county’s row in force, by certificate kind', () => {
    const shipped = valueInForce(DEFAULT_PARAMETER_ROWS, 'subsidy-thresholds', '522626', '2026-11-25');
    expect(shipped).not.toBeNull();
    const county = {
      ...(shipped as NonNullable<typeof shipped>),
      attendanceRemoveBelow: 0.75,
      attendanceWarnBelow: 0.85,
      minClassHoursNationalQualification: 80,
      minClassHoursSpecialSkill: 32,
      minClassHoursEntryLevel: 48,
    };
    expect(subsidyDefaultsFor('qualification', county)).toEqual({
      minAttendanceRate: 0.75,
      warnAttendanceRate: 0.85,
      minClassHours: 80,
    });
    expect(subsidyDefaultsFor('skill-level', county).minClassHours).toBe(48);
    expect(subsidyDefaultsFor('special-ability', county).minClassHours).toBe(32);
    expect(subsidyDefaultsFor('completion', county).minClassHours).toBe(32);
  });
});
