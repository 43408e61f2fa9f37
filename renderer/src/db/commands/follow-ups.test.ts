import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { recordVisit, registerPlacement, updatePlacement, type PlacementEdit } from './follow-ups';
import type { Placement } from '#shared/entities/placement';
import { seekerInput } from '../../test-support/inputs';
import { placedSeeker } from '../../test-support/placed';
import { testEnv } from '../../test-support/test-env';

/** What staff may correct of a stored placement, as the placement form sends it back. */
function editable(placement: Placement): PlacementEdit {
  const {
    stationId: _a,
    createdAt: _b,
    updatedAt: _c,
    deleted: _d,
    seekerId: _e,
    jobId: _f,
    employerId: _g,
    ...edit
  } = placement;
  return edit;
}

describe('placements and follow-up visits', () => {
  /** a woman of working age (born 1985): the labour-contract checks apply to her */
  const placed = (env: ReturnType<typeof testEnv>, seeker = seekerInput({ birthDate: '1985-03-02', idNumber: null })) =>
    placedSeeker(env, seeker);

  it('registers a placement once per seeker and job, with record, outbox and audit', async () => {
    const env = testEnv();
    const { admin, placement, job, seeker } = await placed(env);
    expect(placement).toMatchObject({
      status: 'active',
      contractStatus: 'unknown',
      wage: { kind: 'monthly', amount: 2400 },
    });
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'placements' && m.recordId === placement.id)).toBe(
      true,
    );
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'placement.create' && a.recordId === placement.id),
    ).toBe(true);
    expect(
      await registerPlacement(env, admin, { seekerId: seeker.id, jobId: job.id, startDate: '2026-10-20' }),
    ).toMatchObject({ ok: false, error: { code: 'placement.duplicate' } });
    expect(
      await registerPlacement(env, admin, { seekerId: uuidv7(), jobId: job.id, startDate: '2026-10-20' }),
    ).toMatchObject({ ok: false, error: { fields: { seekerId: 'placement.seeker' } } });
  });

  it('a placement marks the person as in work; when it ends and no other is active, they are looking again', async () => {
    const env = testEnv();
    const { admin, placement, seeker } = await placed(env);
    expect((await env.db.seekers.get(seeker.id))?.status).toBe('placed');
    const edit = editable(placement);
    expect((await updatePlacement(env, admin, { ...edit, status: 'ended', endDate: '2026-11-20' })).ok).toBe(true);
    const person = await env.db.seekers.get(seeker.id);
    expect(person?.status).toBe('active');
    expect(person?.searchKeys.length).toBeGreaterThan(0);
    expect((await env.db.audit.toArray()).map((a) => a.action)).toEqual(
      expect.arrayContaining(['seeker.placed', 'seeker.available']),
    );
  });

  it('a visit 40 days in with no contract stores the contract failure with the worker\'s answers; a signed date without "signed" is refused', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env);
    const edit = editable(placement);
    expect(await updatePlacement(env, admin, { ...edit, contractSignedOn: '2026-11-01' })).toMatchObject({
      ok: false,
      error: { fields: { contractSignedOn: 'placement.signedOnWithoutContract' } },
    });
    expect((await updatePlacement(env, admin, { ...edit, contractStatus: 'not-signed' })).ok).toBe(true);
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-24',
      note: '',
      answers: [{ questionId: 'papers-held', answer: 'yes', evidence: '工人说身份证被车间收着' }],
    });
    if (!visit.ok) throw new Error(visit.error.message);
    const byId = new Map(visit.value.findings.map((f) => [f.checkId, f]));
    expect(byId.get('contract.written')).toMatchObject({ status: 'fail' });
    expect(byId.get('forced.papers-held')).toMatchObject({ status: 'fail', severity: 'critical' });
    expect(visit.value.recordedBy).toBe('赵科长');
    expect((await env.db.outbox.toArray()).some((m) => m.table === 'visits' && m.recordId === visit.value.id)).toBe(
      true,
    );
    expect(
      (await env.db.audit.toArray()).some((a) => a.action === 'visit.create' && a.recordId === visit.value.id),
    ).toBe(true);
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'month-1',
        visitedOn: '2026-11-25',
        answers: [],
        note: '',
      }),
    ).toMatchObject({ ok: false, error: { code: 'visit.duplicate' } });
    expect(
      (
        await recordVisit(env, admin, {
          placementId: placement.id,
          kind: 'extra',
          visitedOn: '2026-11-25',
          answers: [],
          note: '',
        })
      ).ok,
    ).toBe(true);
  });

  it('a worker past the retirement age (born 1949) is in labour service: the visit claims no double wages and no insurance registration', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env, seekerInput());
    const edit = editable(placement);
    const notSigned = { ...edit, contractStatus: 'not-signed', socialInsuranceStatus: 'not-registered' } as const;
    expect((await updatePlacement(env, admin, notSigned)).ok).toBe(true);
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-24',
      note: '',
      answers: [],
    });
    if (!visit.ok) throw new Error(visit.error.message);
    const byId = new Map(visit.value.findings.map((f) => [f.checkId, f]));
    expect(byId.get('contract.written')).toBeUndefined();
    expect(byId.get('insurance.registered')).toBeUndefined();
    expect(byId.get('contract.retirement-age')).toMatchObject({ status: 'warn', reason: 'past-with-labour-contract' });
  });

  it('the visit asks about the contract and insurance and keeps the answers on the placement, in the same transaction', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env);
    const visit = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'month-1',
      visitedOn: '2026-11-24',
      note: '',
      answers: [],
      contract: {
        contractKind: 'labour',
        contractStatus: 'not-signed',
        contractSignedOn: null,
        socialInsuranceStatus: 'not-registered',
        socialInsuranceRegisteredOn: null,
      },
    });
    if (!visit.ok) throw new Error(visit.error.message);
    const byId = new Map(visit.value.findings.map((f) => [f.checkId, f]));
    expect(byId.get('contract.written')?.status).toBe('fail');
    expect(byId.get('insurance.registered')?.status).toBe('fail');
    expect(await env.db.placements.get(placement.id)).toMatchObject({
      contractStatus: 'not-signed',
      socialInsuranceStatus: 'not-registered',
    });
    const bad = await recordVisit(env, admin, {
      placementId: placement.id,
      kind: 'extra',
      visitedOn: '2026-11-25',
      note: '',
      answers: [],
      contract: {
        contractKind: 'labour',
        contractStatus: 'unknown',
        contractSignedOn: '2026-11-01',
        socialInsuranceStatus: 'unknown',
        socialInsuranceRegisteredOn: null,
      },
    });
    expect(bad.ok).toBe(false);
    expect(await env.db.visits.count()).toBe(1);
    expect((await env.db.placements.get(placement.id))?.contractStatus).toBe('not-signed');
  });

  it('a visit that fails validation writes nothing at all', async () => {
    const env = testEnv();
    const { admin, placement } = await placed(env);
    const counts = async () => [await env.db.visits.count(), await env.db.outbox.count(), await env.db.audit.count()];
    const before = await counts();
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'week-1',
        visitedOn: '2026-10-01',
        answers: [],
        note: '',
      }),
    ).toMatchObject({ ok: false, error: { fields: { visitedOn: 'visit.beforeStart' } } });
    expect(
      await recordVisit(env, admin, {
        placementId: placement.id,
        kind: 'week-1',
        visitedOn: '2026-10-23',
        answers: [],
        note: 'x'.repeat(1001),
      }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await counts()).toEqual(before);
  });
});
