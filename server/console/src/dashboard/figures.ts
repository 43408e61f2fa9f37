import type { ConsoleSummary } from '../api/types';

/** The dashboard's figures, group by group, each named by its path in the summary (`referrals.hired`). */
export const FIGURE_GROUPS = [
  { group: 'seekers', figures: ['seekers.registered', 'seekers.active'] },
  { group: 'referrals', figures: ['referrals.made', 'referrals.hired'] },
  { group: 'placements', figures: ['placements.started', 'placements.retained3m'] },
  { group: 'jobs', figures: ['jobs.open', 'jobs.positions'] },
  {
    group: 'training',
    figures: ['training.enrolments', 'training.completions', 'training.certificates', 'training.subsidyEligible'],
  },
  { group: 'followUps', figures: ['followUps.due', 'followUps.overdue'] },
  {
    group: 'rights',
    figures: [
      'rights.openFindings.critical',
      'rights.openFindings.high',
      'rights.openFindings.medium',
      'rights.openFindings.low',
    ],
  },
] as const;

export type FigureGroup = (typeof FIGURE_GROUPS)[number]['group'];
export type FigureKey = (typeof FIGURE_GROUPS)[number]['figures'][number];

/** A figure's number in the summary (0 when the server left it out). */
export function figureValue(summary: ConsoleSummary, key: string): number {
  let node: unknown = summary;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'number' ? node : 0;
}

/** Each figure's label in the catalogue. */
export const FIGURE_LABEL = {
  'seekers.registered': 'figures.seekers.registered',
  'seekers.active': 'figures.seekers.active',
  'referrals.made': 'figures.referrals.made',
  'referrals.hired': 'figures.referrals.hired',
  'placements.started': 'figures.placements.started',
  'placements.retained3m': 'figures.placements.retained3m',
  'jobs.open': 'figures.jobs.open',
  'jobs.positions': 'figures.jobs.positions',
  'training.enrolments': 'figures.training.enrolments',
  'training.completions': 'figures.training.completions',
  'training.certificates': 'figures.training.certificates',
  'training.subsidyEligible': 'figures.training.subsidyEligible',
  'followUps.due': 'figures.followUps.due',
  'followUps.overdue': 'figures.followUps.overdue',
  'rights.openFindings.critical': 'figures.rights.critical',
  'rights.openFindings.high': 'figures.rights.high',
  'rights.openFindings.medium': 'figures.rights.medium',
  'rights.openFindings.low': 'figures.rights.low',
} as const satisfies Record<FigureKey, string>;

export const isFigureKey = (key: string): key is FigureKey => Object.hasOwn(FIGURE_LABEL, key);

/** The page that lists a figure's records, with the summary's filter and the figure's own conditions. */
export function drillHref(summary: ConsoleSummary, key: string): string | null {
  const drill = summary.drill?.[key];
  if (!drill) return null;
  const params = new URLSearchParams(drill.filter);
  params.set('figure', key);
  return `/ledgers/${drill.ledger}?${params.toString()}`;
}
