/**
 * The worker-rights engine: rule table, parameter look-ups, posting pre-screen, placement follow-up. The records
 * it reads and stores (placements, visits, rule parameters, stored findings) are entities: shared/entities/.
 */
export { CHECKS, ruleTree, CLUSTER_LABELS, POINT_LABELS } from './rule-table';
export { evaluateCheck, evaluateAll, sortFindings, isOpen, fill, normaliseFacts } from './engine';
export { NO_FACTS, FACT_KEYS, type Facts, type FactKey } from './facts';
export { LAWS, REFERRAL_TEXT } from './legal';
export { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
export { rowInForce, minimumWageFor, minimumRange, valueInForce, type MinimumWage } from './parameters/lookup';
export { paramsFromRecords, type RuleParams } from './parameters/rule-params';
export {
  prescreenPosting,
  postingFacts,
  seriousFindings,
  type PostingDraft,
  type PrescreenInput,
  type PrescreenResult,
} from './prescreen';
export { toStored, fromStored } from './stored';
export {
  evaluateVisit,
  followUpsDue,
  visitSchedule,
  placementFacts,
  type FollowUp,
  type VisitResult,
} from './follow-up';
export { trackContract, doubleWage, type ContractTrack } from './contract-tracker';
export { VISIT_QUESTIONS, questionsFor, applyAnswers } from './visit-questions';
export { employerSummary, type EmployerSummary, type EvaluationRecord } from './employer-summary';
export { retirementAge, pastRetirementAge } from './retirement';
export { scheduleHours } from './schedule-hours';
export type { Check, Finding, Severity, Status, ClusterId, ReferralId, Text } from './types';
