import { needs, plain, type ErrorTable } from './table';

/** Codes of worker rights: labour rule parameters, placements and follow-up visits. */
export const RIGHTS_ERRORS = {
  'ruleParameter.areaPrefix': plain,
  'ruleParameter.notCountyOffice': plain,
  'ruleParameter.otherStation': plain,
  'ruleParameter.missing': plain,
  'ruleParameter.reason': plain,
  'placement.seeker': plain,
  'placement.job': plain,
  'placement.employer': plain,
  'placement.signedOnWithoutContract': plain,
  'placement.registeredOnWithoutRegistration': plain,
  /** The seeker is placed in this job already: `existingId`. */
  'placement.duplicate': needs<{ readonly existingId: string }>(),
  'placement.missing': plain,
  'visit.placement': plain,
  'visit.beforeStart': plain,
  /** This visit is recorded already: `existingId`. */
  'visit.duplicate': needs<{ readonly existingId: string }>(),
} as const satisfies ErrorTable;
