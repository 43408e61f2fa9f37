import { Button, Result, Spin } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ruleTree } from '#shared/rights/rule-table';
import { fromStored } from '#shared/rights/stored';
import type { Status } from '#shared/rights/types';
import { useEmployer, useStation } from '../../db/queries';
import { useEmployerRights } from '../../db/rights-queries';
import { PrintSheet } from '../../ui/print-sheet';
import { useCurrentOf } from './use-current-of';
import { employerHistory, storedFor, summaryOf } from './employer-evaluations';
import { sourceText, useLocalText } from '../../ui/findings-list';
import { stationDay } from '../../state/station-day';

const LEFT: CSSProperties = { textAlign: 'left' };
const SMALL: CSSProperties = { fontSize: '10.5pt', lineHeight: 1.6 };

/**
 * The employer's printables: the rights checklist (every check with the latest result found, a box to tick on
 * site) and the findings letter (整改告知书) listing the open problems with their legal basis and what to do.
 */
export function EmployerPrintPage() {
  const { id, doc } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const local = useLocalText();
  const employer = useEmployer(id);
  const station = useStation();
  const data = useEmployerRights(id);
  const currentOf = useCurrentOf();
  if (employer === undefined || !data || station === 'loading' || !currentOf) return <Spin size="large" />;
  if (!employer)
    return (
      <Result
        status="404"
        title={t('errors.record.notFound')}
        extra={
          <Button type="primary" size="large" onClick={() => void navigate('/employers')}>
            {t('employers.back')}
          </Button>
        }
      />
    );
  const today = stationDay();
  const history = employerHistory(data.jobs, data.placements, currentOf);
  const summary = summaryOf(history);
  const letter = doc === 'letter';
  const title = letter ? t('rights.print.letterTitle') : t('rights.print.checklistTitle');
  const back = (
    <Button size="large" onClick={() => void navigate(`/employers/employer/${employer.id}`)}>
      {t('rights.print.back')}
    </Button>
  );

  // the latest result per check across the employer's postings and visits (history is newest first)
  const latest = new Map<string, Status>();
  for (const o of summary.open) if (!latest.has(o.checkId)) latest.set(o.checkId, o.status);
  // then what each placement's current findings say (checks not due yet among them), then the rest, newest first
  for (const h of history.filter((x) => x.kind === 'current'))
    for (const f of h.findings) if (!latest.has(f.checkId) && f.status !== 'unknown') latest.set(f.checkId, f.status);
  for (const h of history)
    for (const f of h.findings) if (!latest.has(f.checkId) && f.status !== 'unknown') latest.set(f.checkId, f.status);

  // one entry per check in the letter, however many postings or visits found it
  const seen = new Set<string>();
  const problems = summary.open.filter((o) => (seen.has(o.checkId) ? false : (seen.add(o.checkId), true)));

  return (
    <PrintSheet fileName={t('rights.print.file', { employer: employer.name, doc: title, date: today })} actions={back}>
      <h1>{title}</h1>
      {letter ? (
        <div data-testid="findings-letter">
          <p style={{ fontWeight: 600 }}>{t('rights.print.letterTo', { employer: employer.name })}</p>
          <p style={{ textIndent: '2em' }}>
            {problems.length > 0 ? t('rights.print.letterIntro') : t('rights.print.letterNone')}
          </p>
          <ol>
            {problems.map((o) => {
              const stored = storedFor(history, o.subject.id, o.checkId, o.date);
              const f = stored ? fromStored(stored) : null;
              return (
                <li key={o.checkId} style={{ marginBottom: '3mm' }}>
                  <div>{f ? local(f.explanation) : o.checkId}</div>
                  {f && f.sources.length > 0 && (
                    <div style={SMALL}>
                      {t('rights.print.basis')}
                      {f.sources.map((s) => sourceText(s, local)).join(t('rights.separator'))}
                    </div>
                  )}
                  {f && (
                    <div style={SMALL}>
                      {t('rights.print.fix')}
                      {local(f.nextStep)}
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          {problems.length > 0 && <p style={{ textIndent: '2em' }}>{t('rights.print.letterDeadline')}</p>}
          <div style={{ textAlign: 'right', marginTop: '14mm' }}>
            <div>{t('rights.print.letterSign', { station: station?.name ?? '' })}</div>
            <div>{t('rights.print.letterDate', { date: today })}</div>
          </div>
          <div className="cut-line" />
          <p>{t('rights.print.receipt')}</p>
        </div>
      ) : (
        <div data-testid="rights-checklist">
          <p style={SMALL}>
            {t('rights.print.checklistIntro', { employer: employer.name, date: today, station: station?.name ?? '' })}
          </p>
          <p style={SMALL}>{t('rights.print.checklistHint')}</p>
          <table>
            <thead>
              <tr>
                <th style={LEFT}>{t('rights.print.question')}</th>
                <th style={{ width: '26mm' }}>{t('rights.print.latest')}</th>
                <th style={{ width: '14mm' }}>{t('rights.print.checked')}</th>
              </tr>
            </thead>
            <tbody>
              {ruleTree()
                .filter((cluster) => cluster.points.length > 0)
                .flatMap((cluster) => [
                  <tr key={cluster.id}>
                    <td colSpan={3} style={{ ...LEFT, fontWeight: 700, background: '#f0f0f0' }}>
                      {local(cluster.label)}
                    </td>
                  </tr>,
                  ...cluster.points
                    .flatMap((p) => p.checks)
                    .map((c) => {
                      const s = latest.get(c.id);
                      return (
                        <tr key={c.id}>
                          <td style={LEFT}>{local(c.question)}</td>
                          <td>{s ? t(`rights.status.${s}`) : ''}</td>
                          <td>☐</td>
                        </tr>
                      );
                    }),
                ])}
            </tbody>
          </table>
        </div>
      )}
    </PrintSheet>
  );
}
