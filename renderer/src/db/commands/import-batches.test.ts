import { describe, expect, it } from 'vitest';
import { checkCharacter } from '#shared/identifiers/resident-id';
import { saveInBatches } from '../../registry/save-in-batches';
import { seekerInput } from '../../test-support/inputs';
import { setUp, testEnv } from '../../test-support/test-env';
import { importSeekerBatch, saveSeeker, withdrawConsent } from './seekers';

/** A man born 1990-01-(10 + n). */
const idNumber = (n: number) => {
  const first17 = `522626199001${10 + n}001`;
  return first17 + checkCharacter(first17);
};
const person = (n: number, name: string) =>
  seekerInput({ name, sex: 'male', birthDate: `1990-01-${10 + n}`, idNumber: idNumber(n), phone: null });

/** Five checked rows of a file, ids given at check time; rows 2–6 of the sheet. */
function checkedRows(env: ReturnType<typeof testEnv>) {
  return [0, 1, 2, 3, 4].map((i) => {
    const { id: _id, ...draft } = person(i, `人${i}`);
    return { row: i + 2, id: env.newId(), draft };
  });
}

async function counts(env: ReturnType<typeof testEnv>) {
  return {
    seekers: await env.db.seekers.count(),
    outbox: await env.db.outbox.where('table').equals('seekers').count(),
    audit: (await env.db.audit.toArray()).filter((a) => a.action === 'seeker.import').length,
  };
}

describe('importing in batches through the commands', () => {
  it('a batch that fails writes none of its rows; the others land with outbox and audit; a retry adds the rest once', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const rows = checkedRows(env);
    // Registered meanwhile (another screen, a pull from the county): row 4's ID number.
    const meanwhile = person(2, '先登记的人');
    expect((await saveSeeker(env, actor, meanwhile)).ok).toBe(true);

    const save = (batch: readonly (typeof rows)[number][]) => importSeekerBatch(env, actor, batch);
    const first = await saveInBatches(rows, save, { batchRows: 2 });
    expect(first).toMatchObject({ saved: 3, failed: 2, total: 5, stopped: false });
    expect(first.failures).toEqual([
      expect.objectContaining({ rows: [4, 5], error: expect.objectContaining({ code: 'seeker.duplicateId' }) }),
    ]);
    // Row 5 was fine, yet its batch landed not at all.
    expect(await env.db.seekers.bulkGet(rows.map((r) => r.id))).toEqual([
      expect.objectContaining({ name: '人0' }),
      expect.objectContaining({ name: '人1' }),
      undefined,
      undefined,
      expect.objectContaining({ name: '人4' }),
    ]);
    expect(await counts(env)).toEqual({ seekers: 4, outbox: 4, audit: 3 });

    // Still refused while the other person holds the ID number; once that record is gone, the retry goes in.
    expect((await saveInBatches(first.left, save, { batchRows: 2 })).failed).toBe(2);
    expect((await withdrawConsent(env, actor, meanwhile.id)).ok).toBe(true);
    const retry = await saveInBatches(first.left, save, { batchRows: 2 });
    expect(retry).toMatchObject({ saved: 2, failed: 0, left: [] });
    expect(await counts(env)).toEqual({ seekers: 6, outbox: 7, audit: 5 });

    // Saving the whole file again (as if no answer had come back) stores nobody twice.
    const again = await saveInBatches(rows, save, { batchRows: 2 });
    expect(again).toMatchObject({ saved: 5, failed: 0, left: [] });
    expect(await counts(env)).toEqual({ seekers: 6, outbox: 7, audit: 5 });
  });

  it('an empty batch is refused as such', async () => {
    const env = testEnv();
    const { adminId } = await setUp(env);
    expect(await importSeekerBatch(env, { id: adminId, name: '王芳' }, [])).toMatchObject({
      ok: false,
      error: { code: 'import.empty' },
    });
  });
});
