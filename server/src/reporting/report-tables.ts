/** The reporting tables (migration 004), in an order a restore can load them in. */
export const REPORT_TABLES = [
  'report_seekers',
  'report_seeker_groups',
  'report_withdrawn',
  'report_employers',
  'report_jobs',
  'report_referrals',
  'report_placements',
  'report_follow_ups',
  'report_visits',
  'report_courses',
  'report_course_sessions',
  'report_enrolments',
  'report_attendance',
  'report_enrolment_figures',
  'report_open_findings',
] as const;
