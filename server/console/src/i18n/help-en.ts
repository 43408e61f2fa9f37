import type { helpZh } from './help-zh-CN';
import type { Widen } from './widen';

/** The console's help in English (help-zh-CN.ts is the original). */
export const helpEn: Widen<typeof helpZh> = {
  title: 'Help',
  intro:
    'How each figure on the dashboard is counted, and what each screen does. Every figure follows the chosen period, township or area, and station.',
  figuresTitle: 'What the figures mean',
  screensTitle: 'The screens',
  figures: {
    'seekers.registered':
      'Seekers registered in the period. County-wide one person per ID number (a person registered at two stations counts once); a withdrawn person never counts. With a station chosen, that station’s own records.',
    'seekers.active': 'Seekers still looking for work now.',
    'seekers.byPriorityGroup':
      'Of the seekers registered in the period, how many belong to each priority group (a person may belong to several).',
    'referrals.made': 'Referrals dated in the period.',
    'referrals.hired': 'Those referrals that ended in a hire.',
    'placements.started': 'Placements starting in the period.',
    'placements.retained3m':
      'Those placements still in work three months after their start (active, or ended on or after that day).',
    'jobs.open': 'Job postings open now.',
    'jobs.positions': 'The positions those postings advertise.',
    'training.enrolments': 'Enrolments taken up (enrolled or completed; not waiting or withdrawn).',
    'training.completions': 'Enrolments completed.',
    'training.certificates': 'Completions with a certificate serial.',
    'training.subsidyEligible':
      'Trainees of courses with a subsidy programme whose attendance meets the course’s thresholds (late counts as attendance, excused does not, the latest mark of a session counts).',
    'rights.openFindings':
      'Open rights findings by severity: checks that fail or warn in the latest visit of each active placement and in each open posting’s pre-screen. A later visit that passes closes it; a check counts once per placement; an ended placement carries none.',
    'followUps.due':
      'Scheduled visits (1 week, 1 month, 3 months) of active placements due within the next 7 days and not made.',
    'followUps.overdue': 'Scheduled visits of active placements past due and not made.',
    area: 'Area code: records whose station or village code starts with it (522626101 is a township).',
  },
  screens: {
    dashboard:
      'Dashboard: choose a period (this month by default), a township or area and a station; read the figures and the monthly trend. Click any figure for the list behind it.',
    stations:
      'Stations: each station’s last push and pull, clock skew, app version, changes held back and its month; stations silent for more than 7 days are flagged. County admins add stations, issue new codes and revoke PCs.',
    ledgers:
      'Ledgers: filter by period, station and township, search, sort by a column, page. “Export Excel” and “Export CSV” download every row of the filter. ID numbers and phones are masked; a county admin may show them in full with a written reason, which the audit log keeps.',
    duplicates:
      'Duplicates: one ID number registered at two stations. A county admin decides: the same person (which station keeps the record) or different people.',
    reports:
      'Monthly reports: on the first of each month the server writes last month’s workbook; download it here, or make it now.',
    audit: 'Audit log (county admins): log-ins, exports, full ID numbers shown, stations added — who, when and why.',
  },
};
