import { COMMON_REASONS } from './checks/common';
import { NO_FACTS, type Facts } from './facts';
import type { Check, CheckContext, EvalContext, Finding, ReasonText, Severity, Text } from './types';

/** Replaces {name} with params.name (unknown names stay as they are). */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : String(v);
  });
}

const FALLBACK: ReasonText = {
  explanation: { zh: '（没有说明）', en: '(no explanation)' },
  nextStep: { zh: '请联系县级管理员。', en: 'Ask the county admin.' },
};

export function reasonText(check: Check, reason: string): ReasonText {
  return check.reasons[reason] ?? COMMON_REASONS[reason] ?? FALLBACK;
}

const fillText = (t: Text, params: Readonly<Record<string, string | number>>): Text => ({
  zh: fill(t.zh, params),
  en: fill(t.en, params),
});

/** Facts as the checks expect them: a value left undefined (e.g. by a partial record) reads as null. */
export function normaliseFacts(facts: Partial<Facts>): Facts {
  const defined = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
  return { ...NO_FACTS, ...defined };
}

/** One check on one case; null when it does not apply. */
export function evaluateCheck(check: Check, facts: Partial<Facts>, ctx: EvalContext): Finding | null {
  return evaluateNormal(check, normaliseFacts(facts), ctx);
}

function evaluateNormal(check: Check, facts: Facts, ctx: EvalContext): Finding | null {
  const verdict = check.evaluate(facts, ctx);
  return verdict ? findingOf(check, { ...verdict, severity: check.severity }) : null;
}

/** A check's verdict as a finding ready to show: the check's texts filled with the verdict's values. */
export function findingOf(
  check: Check,
  verdict: Pick<Finding, 'status' | 'reason' | 'severity'> & { readonly params?: Finding['params'] },
): Finding {
  const params = verdict.params ?? {};
  const text = reasonText(check, verdict.reason);
  return {
    checkId: check.id,
    cluster: check.cluster,
    point: check.point,
    severity: verdict.severity,
    status: verdict.status,
    reason: verdict.reason,
    params,
    explanation: fillText(text.explanation, params),
    nextStep: fillText(text.nextStep, params),
    referral: check.referral,
    sources: check.sources,
  };
}

/** Every check of the table that runs in `context`, folded over the facts (made whole once for all checks). */
export function evaluateAll(
  checks: readonly Check[],
  context: CheckContext,
  facts: Partial<Facts>,
  ctx: EvalContext,
): readonly Finding[] {
  const whole = normaliseFacts(facts);
  return checks.filter((c) => c.contexts.includes(context)).flatMap((c) => evaluateNormal(c, whole, ctx) ?? []);
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { critical: 0, high: 1, medium: 2, low: 3 };
const STATUS_RANK = { fail: 0, warn: 1, unknown: 2, 'not-due': 3, pass: 4 } as const;

/** Worst first: fail, warn, unknown, not due yet, pass; then by severity. */
export function sortFindings(findings: readonly Finding[]): readonly Finding[] {
  return [...findings].sort(
    (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity],
  );
}

/** Findings that need action: fail or warn. */
export const isOpen = (f: Pick<Finding, 'status'>): boolean => f.status === 'fail' || f.status === 'warn';
