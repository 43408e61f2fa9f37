/** The worker-rights engine (issue 6): rule table, parameters, posting pre-screen, placement follow-up. */
export { CHECKS, ruleTree, CLUSTER_LABELS, POINT_LABELS } from './rule-table';
export { evaluateCheck, evaluateAll, sortFindings, isOpen, fill, normaliseFacts } from './engine';
export { NO_FACTS, FACT_KEYS, type Facts, type FactKey } from './facts';
export { LAWS, REFERRAL_TEXT } from './legal';
export { DEFAULT_PARAMETER_ROWS } from './parameters/defaults';
export { rowInForce, minimumWageFor, minimumRange, valueInForce, type MinimumWage } from './parameters/lookup';
export {
  ruleParameterSchema,
  parameterRowSchema,
  parameterValueSchema,
  paramsFromRecords,
  type RuleParameter,
  type ParameterRow,
  type RuleParams,
} from './parameters/schema';
export {
  prescreenPosting,
  postingFacts,
  seriousFindings,
  type PostingDraft,
  type PrescreenInput,
  type PrescreenResult,
} from './prescreen';
export {
  placementSchema,
  visitSchema,
  visitAnswerSchema,
  type Placement,
  type Visit,
  type VisitAnswer,
} from './placement';
export { storedFindingSchema, type StoredFinding } from './stored-finding';
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
