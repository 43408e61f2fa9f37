import { appendTo, chunk, insertRows, placeholders, type Sql } from '../store/sql';
import { refreshPlacementFindings, refreshPostingFindings } from './derived-findings';
import { refreshEnrolmentFigures } from './derived-training';
import { PROJECTIONS, project } from './project';
import { keepRollups, touchBefore, touchOf } from './rollups/keep';
import { text, type ProjectionSource, type ReportRow } from './project-values';

/** What the derived tables must look at again after these records changed. */
export interface Touched {
  readonly enrolments: Set<string>;
  readonly courses: Set<string>;
  readonly placements: Set<string>;
  readonly jobs: Set<string>;
}

export const nothingTouched = (): Touched => ({
  enrolments: new Set(),
  courses: new Set(),
  placements: new Set(),
  jobs: new Set(),
});

function touch(into: Touched, s: ProjectionSource): void {
  const v = s.state.values;
  const add = (set: Set<string>, id: string | null) => id && set.add(id);
  if (s.table === 'enrolments') add(into.enrolments, s.recordId);
  else if (s.table === 'attendance') add(into.enrolments, text(v.enrolmentId));
  else if (s.table === 'courses') add(into.courses, s.recordId);
  else if (s.table === 'placements') add(into.placements, s.recordId);
  else if (s.table === 'visits') add(into.placements, text(v.placementId));
  else if (s.table === 'jobs') add(into.jobs, s.recordId);
}

/** The enrolment figures and open findings of what changed, computed again from the projections. */
export async function refreshDerived(sql: Sql, touched: Touched): Promise<void> {
  const enrolments = new Set(touched.enrolments);
  for (const part of chunk([...touched.courses], 400))
    for (const r of await sql.all<{ id: string }>(
      `SELECT id FROM report_enrolments WHERE course_id IN (${placeholders(part.length)})`,
      part,
    ))
      enrolments.add(String(r.id));
  await refreshEnrolmentFigures(sql, [...enrolments]);
  await refreshPlacementFindings(sql, [...touched.placements]);
  await refreshPostingFindings(sql, [...touched.jobs]);
}

/** Writes these records' projections in place of what they stood for before (nothing derived yet). */
export async function writeProjections(sql: Sql, sources: readonly ProjectionSource[], touched: Touched) {
  const byTable = new Map<string, ProjectionSource[]>();
  for (const s of sources) {
    if (!PROJECTIONS[s.table]) continue;
    appendTo(byTable, s.table, s);
    touch(touched, s);
  }
  for (const [table, group] of byTable) {
    const targets = PROJECTIONS[table]?.targets ?? [];
    // A record written for the first time has no rows to take away.
    for (const part of chunk(
      group.filter((s) => !s.firstWrite).map((s) => s.recordId),
      500,
    ))
      for (const t of targets)
        await sql.run(`DELETE FROM ${t.table} WHERE ${t.key} IN (${placeholders(part.length)})`, part);
    const rows = new Map<string, ReportRow[]>();
    for (const s of group)
      for (const [target, projected] of Object.entries(project(s)))
        for (const row of projected) appendTo(rows, target, row);
    for (const [target, list] of rows) await insertRows(sql, target, list);
  }
}

/**
 * Brings the reporting tables in step with records that just changed, inside the caller's transaction (the
 * one that merged them): each record's rows are replaced by its projection, then what is derived from several
 * records (enrolment figures, open findings) is computed again for what they touch, and the monthly roll-ups
 * are counted again where those records fall.
 */
export async function applyProjections(sql: Sql, sources: readonly ProjectionSource[]): Promise<void> {
  await keepRollups(sql, touchOf(sources), touchBefore(sources), async () => {
    const touched = nothingTouched();
    await writeProjections(sql, sources, touched);
    await refreshDerived(sql, touched);
  });
}
