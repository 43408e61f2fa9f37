import { expect } from 'vitest';
import type { SeekerInput } from '../db/commands/seekers';
import { saveEmployer, saveJob } from '../db/commands/employers';
import { registerPlacement } from '../db/commands/follow-ups';
import { saveRuleParameter } from '../db/commands/rule-parameters';
import { saveSeeker } from '../db/commands/seekers';
import { employerInput, jobInput } from './inputs';
import { countyAdmin, tier2 } from './rights';
import type { testEnv } from './test-env';

/**
 * The seeker registered and placed, from 2026-10-16, in a 2,400 元/月 job of a new employer, by a county admin
 * (with the tier-2 minimum wage recorded), through the commands.
 */
export async function placedSeeker(env: ReturnType<typeof testEnv>, seeker: SeekerInput) {
  const admin = await countyAdmin(env);
  await saveRuleParameter(env, admin, tier2());
  const e = employerInput();
  await saveEmployer(env, admin, e);
  const job = jobInput(e.id, { pay: { kind: 'monthly', amount: 2400 } });
  await saveJob(env, admin, job);
  expect((await saveSeeker(env, admin, seeker)).ok).toBe(true);
  const p = await registerPlacement(env, admin, { seekerId: seeker.id, jobId: job.id, startDate: '2026-10-16' });
  if (!p.ok) throw new Error(p.error.message);
  return { admin, placement: p.value, job, seeker };
}
