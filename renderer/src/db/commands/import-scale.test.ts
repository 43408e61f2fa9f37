import { expect, it } from 'vitest';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import { importSeekers } from './seekers';
import { setUp, testEnv } from '../../test-support/test-env';

// 10,000 rows must land in ONE transaction without it committing early (no await inside the row loop),
// and every row gets its outbox mutation and audit entry.
it('imports 10,000 seekers in one transaction', async () => {
  const env = testEnv();
  const { adminId } = await setUp(env);
  const drafts = Array.from({ length: 10_000 }, (_, i) => ({
    name: `人${i}`,
    sex: 'female' as const,
    birthDate: '1990-01-01',
    idNumber: null,
    phone: null,
    villageCode: null,
    education: 'junior' as const,
    literacy: 'basic' as const,
    skills: [],
    certificates: [],
    availability: EMPTY_WEEK,
    careDuties: [],
    physical: { standingHoursMax: null, liftKgMax: null, eyesight: 'good' as const, hands: 'full' as const },
    commute: { maxMinutes: 30, mode: 'ebike' as const },
    homeBasedWanted: false,
    payFloor: null,
    groups: [],
    pregnant: false,
    consent: { date: '2026-01-01', matching: true, county: true, recordedBy: adminId, withdrawnOn: null },
    status: 'active' as const,
    notes: '',
  }));
  expect(await importSeekers(env, { id: adminId, name: '王芳' }, drafts)).toEqual({
    ok: true,
    value: { added: 10_000 },
  });
  expect(await env.db.seekers.count()).toBe(10_000);
  expect(await env.db.outbox.where('table').equals('seekers').count()).toBe(10_000);
}, 120_000);
