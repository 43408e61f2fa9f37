import { describe, expect, it } from 'vitest';
import { employerSchema } from '../entities/employer';
import { jobSchema } from '../entities/job';
import { seekerSchema } from '../entities/seeker';
import { demoCounty } from './demo-data';
import { checkSeeker } from './seeker-rules';

const base = {
  id: '0190b5c1-8c6f-7000-8000-000000000001',
  stationId: '0190b5c1-8c6f-7000-8000-000000000002',
  createdAt: 1,
  updatedAt: '000000000000001:00000:a',
  deleted: false,
};

describe('demo county', () => {
  const county = demoCounty(['522626101201', '522626102203'], 300, '2026-11-25', 'staff');

  it('is the same for the same seed', () => {
    expect(demoCounty(['522626101201', '522626102203'], 300, '2026-11-25', 'staff')).toEqual(county);
  });

  it('holds only records that pass every check the app applies', () => {
    for (const s of county.seekers) {
      expect(seekerSchema.safeParse({ ...s, ...base }).success, s.name).toBe(true);
      expect(checkSeeker(s, '2026-11-25').errors, s.name).toEqual([]);
    }
    expect(new Set(county.seekers.map((s) => s.idNumber)).size).toBe(300);
    for (const e of county.employers) expect(employerSchema.safeParse({ ...e, ...base }).success, e.name).toBe(true);
    for (const { employer: _e, ...j } of county.jobs)
      expect(jobSchema.safeParse({ ...j, ...base, employerId: base.id }).success, j.title).toBe(true);
  });
});
