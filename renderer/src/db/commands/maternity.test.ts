import { describe, expect, it } from 'vitest';
import { recordVisit } from './follow-ups';
import { updateMaternity } from './maternity';
import { seekerInput } from '../../test-support/inputs';
import { placedSeeker } from '../../test-support/placed';
import { testEnv } from '../../test-support/test-env';

describe('pregnancy and breastfeeding through the records', () => {
  const placed = (env: ReturnType<typeof testEnv>, seeker = seekerInput({ birthDate: '1995-03-02', idNumber: null })) =>
    placedSeeker(env, seeker);

  it('a due date recorded at registration makes a night shift in the 7th month a failure at the visit', async () => {
    const env = testEnv();
    // due 2027-02-01: the 7th month (28 weeks) begins 84 days before, on 2026-11-09
    const { admin, placement } = await placed(
      env,
      seekerInput({ birthDate: '1995-03-02', idNumber: null, pregnant: true, pregnancyDueDate: '2027-02-01' }),
    );
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-16',
      note: '',
      answers: [{ questionId: 'night-or-overtime', answer: 'yes', evidence: '排了夜班' }],
    });
    if (!visit.ok) throw new Error(visit.error.message);
    expect(visit.value.findings.find((f) => f.checkId === 'osh.pregnancy-breastfeeding')).toMatchObject({
      status: 'fail',
      severity: 'high',
    });
  });

  it('learnt at the visit: the due date is saved onto the seeker with the visit, in one transaction, audited', async () => {
    const env = testEnv();
    const { admin, placement, seeker } = await placed(env);
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-16',
      note: '',
      answers: [{ questionId: 'night-or-overtime', answer: 'yes', evidence: '' }],
      maternity: { pregnant: true, pregnancyDueDate: '2027-02-01', breastfeedingChildBirthDate: null },
    });
    if (!visit.ok) throw new Error(visit.error.message);
    expect(visit.value.findings.find((f) => f.checkId === 'osh.pregnancy-breastfeeding')?.status).toBe('fail');
    expect(await env.db.seekers.get(seeker.id)).toMatchObject({ pregnant: true, pregnancyDueDate: '2027-02-01' });
    expect((await env.db.audit.toArray()).some((a) => a.action === 'seeker.maternity')).toBe(true);
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'seekers' && m.recordId === seeker.id)).toBe(true);
  });

  it('on the placement page: a breastfed child under one is recorded; a bad date is refused and changes nothing', async () => {
    const env = testEnv();
    const { admin, seeker } = await placed(env);
    expect(
      (
        await updateMaternity(env, admin, seeker.id, {
          pregnant: false,
          pregnancyDueDate: null,
          breastfeedingChildBirthDate: '2026-06-01',
        })
      ).ok,
    ).toBe(true);
    expect((await env.db.seekers.get(seeker.id))?.breastfeedingChildBirthDate).toBe('2026-06-01');
    const bad = await updateMaternity(env, admin, seeker.id, {
      pregnant: true,
      pregnancyDueDate: '2026-02-30',
      breastfeedingChildBirthDate: null,
    });
    expect(bad.ok).toBe(false);
    expect((await env.db.seekers.get(seeker.id))?.pregnancyDueDate ?? null).toBeNull();
  });
});
