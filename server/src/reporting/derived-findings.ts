import { CHECKS, fromStored, LAWS } from '#shared/rights/index';
import { employerSummary, type EvaluationRecord } from '#shared/rights/employer-summary';
import { SEVERITIES, STATUSES, type StoredFinding } from '#shared/entities/stored-finding';
import { appendTo, chunk, insertRows, placeholders, type Row, type Sql } from '../store/sql';

type Subject = EvaluationRecord['subject'];

interface Owner {
  readonly stationId: string;
  readonly employerId: string | null;
  readonly seekerId: string | null;
}

/** The findings a stored list holds, as the rights engine reads them (anything unreadable is left out). */
function storedFindings(json: string): Pick<StoredFinding, 'checkId' | 'status' | 'severity'>[] {
  const parsed: unknown = JSON.parse(json);
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((raw: unknown) => {
    const f = raw as Partial<Record<string, unknown>>;
    const status = STATUSES.find((s) => s === f.status);
    const severity = SEVERITIES.find((s) => s === f.severity);
    return typeof f.checkId === 'string' && status && severity ? [{ checkId: f.checkId, status, severity }] : [];
  });
}

/** The law a check rests on, in Chinese: each source's law and articles. */
function lawOf(checkId: string, status: StoredFinding['status'], severity: StoredFinding['severity']): string {
  const finding = fromStored({ checkId, status, severity, reason: '-', params: {} });
  return finding.sources
    .map((s) => {
      const law = (LAWS as Readonly<Record<string, { zh: string }>>)[s.law]?.zh ?? s.law;
      return s.articles ? `《${law}》${s.articles}` : `《${law}》`;
    })
    .join('；');
}

const questionOf = (checkId: string): string => CHECKS.find((c) => c.id === checkId)?.question.zh ?? checkId;

/** Writes the open findings of these subjects, folded by shared/rights `employerSummary`. */
async function writeOpen(sql: Sql, evaluations: Map<string, EvaluationRecord[]>, owners: Map<string, Owner>) {
  const rows: Row[] = [];
  for (const [key, records] of evaluations) {
    const owner = owners.get(key);
    if (!owner) continue;
    for (const f of employerSummary(records).open) {
      rows.push({
        id: `${f.subject.kind}/${f.subject.id}/${f.checkId}`,
        subject_kind: f.subject.kind,
        subject_id: f.subject.id,
        station_id: owner.stationId,
        employer_id: owner.employerId,
        seeker_id: owner.seekerId,
        check_id: f.checkId,
        status: f.status,
        severity: f.severity,
        since: f.since,
        last_on: f.date,
        check_zh: questionOf(f.checkId),
        law_zh: lawOf(f.checkId, f.status, f.severity),
      });
    }
  }
  await insertRows(sql, 'report_open_findings', rows);
}

const subjectKey = (s: Subject) => `${s.kind}/${s.id}`;

/**
 * What these placements' visits decide: which scheduled visits were made, and the open findings — every visit
 * of an active placement, oldest first, folded by the rights engine (a later pass closes a check, a check
 * counts once per placement). An ended placement has none.
 */
export async function refreshPlacementFindings(sql: Sql, placementIds: readonly string[]): Promise<void> {
  for (const part of chunk([...new Set(placementIds)], 400)) {
    const list = placeholders(part.length);
    await sql.run(
      `DELETE FROM report_open_findings WHERE subject_kind = 'placement' AND subject_id IN (${list})`,
      part,
    );
    const owners = new Map<string, Owner>();
    for (const p of await sql.all<Row>(
      `SELECT id, station_id, employer_id, seeker_id FROM report_placements WHERE status = 'active' AND id IN (${list})`,
      part,
    ))
      owners.set(subjectKey({ kind: 'placement', id: String(p.id) }), {
        stationId: String(p.station_id),
        employerId: p.employer_id == null ? null : String(p.employer_id),
        seekerId: String(p.seeker_id),
      });
    const evaluations = new Map<string, EvaluationRecord[]>();
    const visits = await sql.all<Row>(
      `SELECT placement_id, kind, visited_on, findings FROM report_visits WHERE placement_id IN (${list})
       ORDER BY placement_id, visited_on, created_at, id`,
      part,
    );
    // Visits are written once and never removed: a scheduled visit once made stays made.
    const made = [...new Set(visits.map((v) => `${String(v.placement_id)}/${String(v.kind)}`))];
    for (const ids of chunk(made, 400))
      await sql.run(`UPDATE report_follow_ups SET made = 1 WHERE id IN (${placeholders(ids.length)})`, ids);
    for (const v of visits) {
      const subject: Subject = { kind: 'placement', id: String(v.placement_id) };
      if (!owners.has(subjectKey(subject))) continue;
      appendTo(evaluations, subjectKey(subject), {
        subject,
        date: String(v.visited_on),
        findings: storedFindings(String(v.findings)),
      });
    }
    await writeOpen(sql, evaluations, owners);
  }
}

/** The open findings of these postings: an open posting's stored pre-screen. */
export async function refreshPostingFindings(sql: Sql, jobIds: readonly string[]): Promise<void> {
  for (const part of chunk([...new Set(jobIds)], 400)) {
    const list = placeholders(part.length);
    await sql.run(`DELETE FROM report_open_findings WHERE subject_kind = 'posting' AND subject_id IN (${list})`, part);
    const owners = new Map<string, Owner>();
    const evaluations = new Map<string, EvaluationRecord[]>();
    for (const j of await sql.all<Row>(
      `SELECT id, station_id, employer_id, prescreened_on, findings FROM report_jobs WHERE status = 'open' AND id IN (${list})`,
      part,
    )) {
      const subject: Subject = { kind: 'posting', id: String(j.id) };
      owners.set(subjectKey(subject), {
        stationId: String(j.station_id),
        employerId: j.employer_id == null ? null : String(j.employer_id),
        seekerId: null,
      });
      evaluations.set(subjectKey(subject), [
        { subject, date: String(j.prescreened_on), findings: storedFindings(String(j.findings)) },
      ]);
    }
    await writeOpen(sql, evaluations, owners);
  }
}
