import type { helpZh } from './help-zh-CN';
import type { Widen } from './widen';

/** The console's help in English (help-zh-CN.ts is the original). */
export const helpEn: Widen<typeof helpZh> = {
  title: 'Help',
  intro:
    'How each figure on the dashboard is counted, and what each screen does. Every figure follows the chosen period, township or area, and station.',
  figuresTitle: 'What the figures mean',
  screensTitle: 'The screens',
  nowNote:
    '“In the period” means the record’s own date falls between the chosen days, both included, Beijing time. Figures marked “now” ignore the period: they are the state today. A withdrawn person counts nowhere. With a station chosen, that station’s own records; with an area code, records of stations whose area code starts with it, or of people (employers, for postings and findings) whose village code does.',
  figures: {
    'seekers.registered':
      'People registered in the period (the day the record was created). County-wide and for an area, one person per ID number: someone registered at two stations counts once; a person with no ID number counts once per record. With a station, that station’s registrations.',
    'seekers.active':
      'People whose status is active, registered by the end of the period, one per ID number county-wide.',
    'seekers.byPriorityGroup': 'The same, by priority group. A person in two groups counts in both.',
    'referrals.made':
      'Referrals whose referral date is in the period. A suggestion never actually referred does not count.',
    'referrals.hired': 'Those of them that ended in a hire.',
    'placements.started': 'Placements whose first day of work is in the period, referred or not.',
    'placements.retained3m':
      'Those of them still in work three months after the start (the same day three months on, or that month’s last day): still active, or ended on or after that day. One not yet three months old counts while active.',
    'jobs.open': 'Now: postings whose status is open.',
    'jobs.positions': 'Now: the positions those postings advertise, added up.',
    'training.enrolments':
      'Enrolments taken up (enrolled or completed; not waiting, not withdrawn) on courses whose first session is in the period.',
    'training.completions': 'Enrolments completed, with the completion date in the period.',
    'training.certificates': 'Those of them with a certificate serial.',
    'training.subsidyEligible':
      'Trainees of courses with a subsidy programme whose last session is in the period and whose attendance meets the course’s thresholds, by the stations’ own rule: every session held, attendance rate and hours at or above the minimums. Present and late count, absent and excused do not; the latest mark of a session counts; a held session with no mark counts as absent. A course with a session still ahead has no eligible trainees yet.',
    'rights.openFindings':
      'Now: open findings by severity: each check that fails or warns, per active placement and per open posting. A placement’s visits are read oldest first and each check’s latest clear answer decides: a later pass closes it, a later “unknown” leaves it open; once per placement; an ended placement carries none. A posting: its pre-screen as last saved.',
    'followUps.due':
      'Now: scheduled visits (1 week, 1 month, 3 months) of active placements, not made, due today or within 7 days.',
    'followUps.overdue': 'Now: the same, due before today.',
    area: 'Area code: records whose station’s area code, or whose person’s village code, starts with it (522626101 is a township).',
  },
  screens: {
    dashboard:
      'Dashboard: choose a period (this month by default), a township or area and a station; read the figures and the monthly trend. Click any figure for the list behind it. At the bottom, station sync: the stations that never synced, then the longest silent, come first.',
    stations:
      'Stations: each station’s last push and pull, clock skew, app version, changes held back and its month; stations silent for more than 7 days are flagged. County admins add stations, issue new codes and revoke PCs. Below, the changes held for a PC clock ahead: a county admin releases them or refuses them with a reason; any refused at release are listed, never dropped quietly.',
    ledgers:
      'Ledgers: filter by period, station and township, search, sort by a column, page. “Export Excel” and “Export CSV” download every row of the filter. ID numbers and phones are masked; a county admin may show them in full with a written reason, which the audit log keeps.',
    duplicates:
      'Duplicates: one ID number registered at two stations. A county admin decides: the same person (which station keeps the record) or different people.',
    reports:
      'Monthly reports: on the first of each month the server writes last month’s workbook; download it here, or make it now.',
    audit: 'Audit log (county admins): log-ins, exports, full ID numbers shown, stations added — who, when and why.',
  },
};
