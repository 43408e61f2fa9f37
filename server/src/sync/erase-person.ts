import { holdsOnlyReleasable, releaseFields } from '#shared/privacy/county-release';
import { dropPairsOf } from '../repositories/duplicates';
import { mutationsOf, rewriteMutationFields } from '../repositories/mutations';
import { heldFor, rewriteHeld } from '../repositories/quarantine';
import { loadRecords, recordsNaming, type StoredRecord } from '../repositories/records';
import type { Sql } from '../store/sql';
import { redactState } from './consent-guard';
import { storeMerged } from './merged-records';
import { catchUpRollups } from '../reporting/rollups/keep';

export interface RecordRef {
  readonly table: string;
  readonly recordId: string;
}

/** The records of one station about one seeker: the seeker, what names them, and the audit entries of all those. */
async function recordsAbout(sql: Sql, owner: string, seekerId: string): Promise<RecordRef[]> {
  const naming = async (table: string, field: string, ids: readonly string[]) =>
    (await recordsNaming(sql, table, owner, field, ids)).map((r) => r.recordId);
  const referrals = await naming('referrals', 'seekerId', [seekerId]);
  const placements = await naming('placements', 'seekerId', [seekerId]);
  const enrolments = await naming('enrolments', 'seekerId', [seekerId]);
  const visits = await naming('visits', 'placementId', placements);
  const attendance = await naming('attendance', 'enrolmentId', enrolments);
  const refs: RecordRef[] = [
    { table: 'seekers', recordId: seekerId },
    ...referrals.map((recordId) => ({ table: 'referrals', recordId })),
    ...placements.map((recordId) => ({ table: 'placements', recordId })),
    ...enrolments.map((recordId) => ({ table: 'enrolments', recordId })),
    ...visits.map((recordId) => ({ table: 'visits', recordId })),
    ...attendance.map((recordId) => ({ table: 'attendance', recordId })),
  ];
  const targets = new Set(refs.map((r) => `${r.table}/${r.recordId}`));
  const audit = (
    await recordsNaming(
      sql,
      'audit',
      owner,
      'recordId',
      refs.map((r) => r.recordId),
    )
  ).filter((a) => targets.has(`${String(a.state.values.table)}/${String(a.state.values.recordId)}`));
  return [...refs, ...audit.map((a) => ({ table: 'audit', recordId: a.recordId }))];
}

/**
 * Rewrites these records of one station as the county may keep them without consent, everywhere it keeps them:
 * the merged records (through `storeMerged`, so what is derived from them follows), every stored mutation of them
 * (what pulls return and backups copy) and any still held in quarantine. Mutations keep their id, clock and place.
 * The monthly roll-ups are counted again at once, in the same transaction: no ID number of an erased record waits
 * in their pending list (which backups copy) for the job between merges.
 */
export async function eraseRecords(sql: Sql, owner: string, refs: readonly RecordRef[], at: number): Promise<void> {
  const byTable = new Map<string, string[]>();
  for (const r of refs) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.recordId]);
  const stored = await loadRecords(sql, refs);
  const rewritten: StoredRecord[] = [];
  for (const record of stored.values()) {
    if (holdsOnlyReleasable(record.table, record.state.values)) continue;
    rewritten.push({ ...record, state: redactState(record.table, record.state), idNumber: null });
  }
  await storeMerged(sql, rewritten, at);
  for (const [table, ids] of byTable) {
    for (const m of await mutationsOf(sql, owner, table, ids)) {
      const fields = releaseFields(table, m.fields, false);
      if (!holdsOnlyReleasable(table, m.fields)) await rewriteMutationFields(sql, m.id, fields);
    }
  }
  const wanted = new Set(refs.map((r) => `${r.table}/${r.recordId}`));
  for (const held of await heldFor(sql, owner)) {
    if (!wanted.has(`${held.table}/${held.recordId}`) || holdsOnlyReleasable(held.table, held.fields)) continue;
    await rewriteHeld(sql, { ...held, fields: releaseFields(held.table, held.fields, false) });
  }
  await catchUpRollups(sql);
}

/**
 * A person's consent to the county is gone (withdrawn, or never given but identity held from an older app): their
 * identity is erased from the seeker record and everything about them, and they leave the duplicate-person queue.
 * What is left is what the county's anonymous counts need (shared/privacy/county-release.ts).
 */
export async function erasePerson(sql: Sql, owner: string, seekerId: string, at: number): Promise<void> {
  await eraseRecords(sql, owner, await recordsAbout(sql, owner, seekerId), at);
  await dropPairsOf(sql, seekerId);
}
