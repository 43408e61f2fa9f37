import { findingOf } from './engine';
import { CHECKS } from './rule-table';
import type { StoredFinding } from '../entities/stored-finding';
import type { Check, Finding } from './types';

/** What is kept of a finding: the verdict and its parameters (texts are filled again when shown). */
export function toStored(findings: readonly Finding[]): StoredFinding[] {
  return findings.map((f) => ({
    checkId: f.checkId,
    status: f.status,
    severity: f.severity,
    reason: f.reason,
    params: { ...f.params },
  }));
}

/**
 * A stored finding ready to show again: its check's current question, explanation and next step. A check
 * that no longer exists (an older version's id) is kept with a plain fallback text, never dropped.
 */
export function fromStored(stored: StoredFinding, checks: readonly Check[] = CHECKS): Finding {
  const check = checks.find((c) => c.id === stored.checkId);
  if (!check) {
    const unknown = {
      zh: `检查项 ${stored.checkId}（本版本没有这一项）`,
      en: `Check ${stored.checkId} (not in this version)`,
    };
    return {
      checkId: stored.checkId,
      cluster: 'contracts-and-hr',
      point: stored.checkId,
      severity: stored.severity,
      status: stored.status,
      reason: stored.reason,
      params: stored.params,
      explanation: unknown,
      nextStep: { zh: '请联系县级管理员。', en: 'Ask the county admin.' },
      referral: [],
      sources: [],
    };
  }
  // the severity as stored: what the check said when it was made
  return findingOf(check, stored);
}
