import { describe, expect, it } from 'vitest';
import { checkCharacter } from '#shared/identifiers/resident-id';
import type { CommandEnv } from '../db/commands/command';
import { importJobBatch, saveEmployer } from '../db/commands/employers';
import { importSeekerBatch, saveSeeker } from '../db/commands/seekers';
import { inMemoryWorker, type InMemoryWorker } from '../test-support/in-memory-worker';
import { employerInput, jobInput, seekerInput } from '../test-support/inputs';
import { setUp, testEnv } from '../test-support/test-env';
import { saveInBatches, type SaveProgress } from './save-in-batches';
import { readySaver, saveInBackground, takeSaver } from './table-save-client';
import type { CheckerEnd } from './table-check-protocol';
import type { FromSaver, ToSaver } from './table-save-protocol';
import { serveTableSaves } from './table-save-serve';

/** A fresh station whose ids count up from 1: two of them given the same steps hold the same records. */
function countingEnv(): CommandEnv {
  let n = 0;
  return { ...testEnv(), newId: () => `00000000-0000-7000-8000-${String((n += 1)).padStart(12, '0')}` };
}

const idNumber = (n: number) => {
  const first17 = `522626199001${10 + n}001`;
  return first17 + checkCharacter(first17);
};

/** Everything a save writes: the records, the changes waiting for the county, the audit log, the clock. */
async function written(env: CommandEnv) {
  return {
    seekers: await env.db.seekers.toArray(),
    jobs: await env.db.jobs.toArray(),
    outbox: await env.db.outbox.toArray(),
    audit: await env.db.audit.toArray(),
    meta: await env.db.meta.toArray(),
  };
}

/** A station with its administrator, and one person already holding row 4's ID number (a failing batch). */
async function station() {
  const env = countingEnv();
  const { adminId } = await setUp(env);
  const actor = { id: adminId, name: '王芳' };
  const meanwhile = seekerInput({ id: env.newId(), idNumber: idNumber(2), phone: null, birthDate: '1990-01-12' });
  expect((await saveSeeker(env, actor, { ...meanwhile, sex: 'male' })).ok).toBe(true);
  const employer = employerInput({ id: env.newId() });
  expect((await saveEmployer(env, actor, employer)).ok).toBe(true);
  return { env, actor, employerId: employer.id };
}

const seekerRows = (env: CommandEnv) =>
  [0, 1, 2, 3, 4].map((i) => {
    const { id: _id, ...draft } = seekerInput({
      name: `人${i}`,
      sex: 'male',
      birthDate: `1990-01-${10 + i}`,
      idNumber: idNumber(i),
      phone: null,
    });
    return { row: i + 2, id: env.newId(), draft };
  });

describe('saving a checked file in the save worker', () => {
  it('writes the same records, outbox and audit entries as saving in the page, batch by batch with progress', async () => {
    const page = await station();
    const pageRows = seekerRows(page.env);
    const inPage = await saveInBatches(pageRows, (batch) => importSeekerBatch(page.env, page.actor, batch), {
      batchRows: 2,
    });

    const off = await station();
    const rows = seekerRows(off.env);
    const seen: SaveProgress[] = [];
    const worker = inMemoryWorker<ToSaver, FromSaver>((scope) => serveTableSaves(scope, () => off.env));
    const inWorker = await saveInBackground(
      { kind: 'seekers', actor: off.actor, rows },
      { batchRows: 2, onProgress: (p) => seen.push(p) },
      undefined,
      () => worker,
    );

    expect(rows).toEqual(pageRows);
    expect(inWorker).toEqual(inPage);
    expect(inWorker).toMatchObject({ saved: 3, failed: 2, stopped: false });
    expect(inWorker.failures).toEqual([expect.objectContaining({ rows: [4, 5] })]);
    expect(seen).toEqual([
      { saved: 2, failed: 0, total: 5 },
      { saved: 2, failed: 2, total: 5 },
      { saved: 3, failed: 2, total: 5 },
    ]);
    expect(worker.terminated).toBe(true);
    const stored = await written(off.env);
    expect(stored).toEqual(await written(page.env));
    expect(stored.audit.filter((a) => a.action === 'seeker.import')).toHaveLength(3);
    expect(stored.outbox.filter((m) => m.table === 'seekers')).toHaveLength(1 + 3);
  });

  it('job postings too: the same postings, outbox and audit entries as saving in the page', async () => {
    const jobRows = (env: CommandEnv, employerId: string) =>
      ['缝纫工', '包装工', '质检员'].map((title, i) => {
        const { id: _id, ...draft } = jobInput(employerId, { title });
        return { row: i + 2, id: env.newId(), draft };
      });
    const page = await station();
    const inPage = await saveInBatches(jobRows(page.env, page.employerId), (batch) =>
      importJobBatch(page.env, page.actor, batch),
    );
    const off = await station();
    const request = { kind: 'jobs', actor: off.actor, rows: jobRows(off.env, off.employerId) } as const;
    const worker = () => inMemoryWorker<ToSaver, FromSaver>((scope) => serveTableSaves(scope, () => off.env));
    expect(await saveInBackground(request, {}, undefined, worker)).toEqual(inPage);
    expect(await written(off.env)).toEqual(await written(page.env));
    expect((await off.env.db.jobs.toArray()).map((j) => j.title)).toEqual(['缝纫工', '包装工', '质检员']);
  });

  it('a worker readied while the file is checked prepares itself, then saves the rows; one is readied at most', async () => {
    const { env, actor } = await station();
    const rows = seekerRows(env).filter((r) => r.row !== 4);
    let prepared = 0;
    const started: InMemoryWorker<FromSaver, ToSaver>[] = [];
    const start = () => {
      const worker = inMemoryWorker<ToSaver, FromSaver>((scope) =>
        serveTableSaves(
          scope,
          () => env,
          async () => (prepared += 1),
        ),
      );
      started.push(worker);
      return worker;
    };
    readySaver(start);
    readySaver(start);
    expect(started).toHaveLength(1);
    const report = await saveInBackground({ kind: 'seekers', actor, rows }, {}, undefined, () => takeSaver(start));
    expect(report).toMatchObject({ saved: 4, failed: 0 });
    expect(started).toHaveLength(1);
    expect(started[0]?.sent.map((m) => m.type)).toEqual(['ready', 'save']);
    expect(prepared).toBe(1);
    expect(started[0]?.terminated).toBe(true);
    // taken: the next save starts a worker of its own
    expect(takeSaver(start)).toBe(started[1]);
  });

  it('leaving the screen while a batch is written stops it after that batch; the rows not tried come back', async () => {
    const { env, actor } = await station();
    const rows = seekerRows(env).filter((r) => r.row !== 4);
    const leave = new AbortController();
    const worker = inMemoryWorker<ToSaver, FromSaver>((scope) => serveTableSaves(scope, () => env));
    const saving = saveInBackground({ kind: 'seekers', actor, rows }, { batchRows: 2 }, leave.signal, () => worker);
    leave.abort();
    const report = await saving;
    expect(report).toMatchObject({ saved: 2, failed: 0, total: 4, stopped: true });
    expect(report.left).toEqual(rows.slice(2));
    expect(worker.sent.map((m) => m.type)).toEqual(['save', 'stop']);
    expect(await env.db.seekers.count()).toBe(1 + 2);
  });

  it('should the worker fail, the page saves the rows itself, storing none twice', async () => {
    const { env, actor } = await station();
    const rows = seekerRows(env).filter((r) => r.row !== 4);
    // A worker that saves the first batch and then dies.
    const worker = inMemoryWorker<ToSaver, FromSaver>((scope) => {
      const dying: CheckerEnd<ToSaver, FromSaver> = {
        onmessage: null,
        postMessage: (message) => {
          if (message.type !== 'progress') return;
          dying.onmessage?.(new MessageEvent('message', { data: { type: 'stop' } }));
          setTimeout(() => worker.onerror?.(new ErrorEvent('error', { message: 'out of memory' })), 0);
        },
      };
      serveTableSaves(dying, () => env);
      scope.onmessage = (event) => dying.onmessage?.(event);
    });
    const report = await saveInBackground(
      { kind: 'seekers', actor, rows },
      { batchRows: 2 },
      undefined,
      () => worker,
      () => env,
    );
    expect(report).toMatchObject({ saved: 4, failed: 0, total: 4, left: [] });
    expect(await env.db.seekers.count()).toBe(1 + 4);
    expect((await env.db.audit.toArray()).filter((a) => a.action === 'seeker.import')).toHaveLength(4);
  });
});
