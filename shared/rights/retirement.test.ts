import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
import { valueInForce } from './parameters/lookup';
import { pastRetirementAge, retirementAge } from './retirement';

const schedule = valueInForce(DEFAULT_PARAMETER_ROWS, 'retirement-age', null, '2025-06-01')!;
const age = (birth: string, g: 'male' | 'female-cadre' | 'female-worker') =>
  retirementAge(birth, g, schedule)?.ageMonths;

describe('retirement age after the 2025 reform', () => {
  it.each([
    ['1964-12-15', 'male', 60 * 12],
    ['1965-01-15', 'male', 60 * 12 + 1],
    ['1965-04-15', 'male', 60 * 12 + 1],
    ['1965-05-15', 'male', 60 * 12 + 2],
    ['1976-09-01', 'male', 63 * 12],
    ['1990-01-01', 'male', 63 * 12],
    ['1975-01-10', 'female-worker', 50 * 12 + 1],
    ['1975-03-10', 'female-worker', 50 * 12 + 2],
    ['1984-11-10', 'female-worker', 55 * 12],
    ['1970-01-10', 'female-cadre', 55 * 12 + 1],
    ['1981-09-10', 'female-cadre', 58 * 12],
  ] as const)('born %s, %s: %i months', (birth, group, months) => {
    expect(age(birth, group)).toBe(months);
  });

  it('is unknown for a woman between the worker and cadre ages when the post kind is not recorded', () => {
    expect(pastRetirementAge('1970-01-10', 'female', null, '2025-01-15', schedule)).toBeNull();
    expect(pastRetirementAge('1970-01-10', 'female', 'worker', '2025-01-15', schedule)).toBe(true);
    expect(pastRetirementAge('1970-01-10', 'female', 'cadre', '2025-01-15', schedule)).toBe(false);
    expect(pastRetirementAge('1990-01-10', 'female', null, '2025-06-01', schedule)).toBe(false);
    expect(pastRetirementAge('1940-01-10', null, null, '2025-06-01', schedule)).toBe(true);
  });

  it('reaches the age on the birthday of the month it falls in', () => {
    expect(pastRetirementAge('1965-01-15', 'male', null, '2025-02-14', schedule)).toBe(false);
    expect(pastRetirementAge('1965-01-15', 'male', null, '2025-02-15', schedule)).toBe(true);
  });
});
