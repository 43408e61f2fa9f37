import type { Severity, Status } from '../entities/stored-finding';
import type { Facts, FactKey } from './facts';
import type { RuleParams } from './parameters/rule-params';

/**
 * The vocabulary of the rights engine. Severity and status follow the reference (labour-law.md); they are
 * stored with postings and visits, so the stored finding (shared/entities/stored-finding.ts) defines them.
 */
export { SEVERITIES, STATUSES, type Severity, type Status } from '../entities/stored-finding';

/** ILO Better Work's eight clusters (Compliance Assessment Tool). */
export const CLUSTERS = [
  'child-labour',
  'discrimination',
  'forced-labour',
  'freedom-of-association',
  'compensation',
  'contracts-and-hr',
  'occupational-safety-and-health',
  'working-time',
] as const;
export type ClusterId = (typeof CLUSTERS)[number];

export const EVIDENCE_KINDS = ['record', 'document', 'interview', 'observation'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const REFERRALS = ['hotline-12333', 'labour-inspection', 'mediation'] as const;
export type ReferralId = (typeof REFERRALS)[number];

/** Where a check runs: on a posting before it is saved, or on a placement at a follow-up visit. */
export type CheckContext = 'posting' | 'placement';

export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** One legal source: a law (by id in LAWS) and the articles relied on ('' when the reference names no article). */
export interface LegalSource {
  readonly law: string;
  readonly articles: string;
}

/** What an evaluator says. `reason` picks the explanation; `params` fill its {placeholders}. */
export interface Verdict {
  readonly status: Status;
  readonly reason: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface ReasonText {
  readonly explanation: Text;
  readonly nextStep: Text;
}

export interface EvalContext {
  /** The evaluation date (YYYY-MM-DD): the parameter rows in force on it are used. */
  readonly date: string;
  readonly params: RuleParams;
}

/**
 * A check as written in a table. `reads` is the complete list of facts the evaluator may look at: the engine
 * hands it only those (others read as undefined). Returning null means "does not apply to this case".
 */
export interface CheckDef<K extends FactKey> {
  readonly id: string;
  readonly cluster: ClusterId;
  /** compliance point id, unique within the cluster */
  readonly point: string;
  readonly question: Text;
  readonly severity: Severity;
  readonly sources: readonly LegalSource[];
  readonly reads: readonly K[];
  readonly contexts: readonly CheckContext[];
  readonly evidence: EvidenceKind;
  readonly referral: readonly ReferralId[];
  readonly evaluate: (facts: Pick<Facts, K>, ctx: EvalContext) => Verdict | null;
  /** every reason the evaluator can give, with its explanation and next step */
  readonly reasons: Readonly<Record<string, ReasonText>>;
}

export type Check = CheckDef<FactKey>;

/** Type-checks a check against the facts it declares, then erases the key type for the table. */
export function defineCheck<K extends FactKey>(def: CheckDef<K>): Check {
  return def;
}

/** A check's answer for one case, ready to show. */
export interface Finding {
  readonly checkId: string;
  readonly cluster: ClusterId;
  readonly point: string;
  readonly severity: Severity;
  readonly status: Status;
  readonly reason: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly explanation: Text;
  readonly nextStep: Text;
  readonly referral: readonly ReferralId[];
  readonly sources: readonly LegalSource[];
}
