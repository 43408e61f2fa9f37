import { missing } from './checks/common';
import { addDays } from './dates';
import { cite } from './legal';
import type { Facts } from './facts';
import { valueInForce } from './parameters/lookup';
import { retirementAge } from './retirement';
import type { RetirementGroup } from '../entities/rule-parameter';
import type { Check, EvalContext, Verdict } from './types';

/**
 * Whether the work is a labour relationship (劳动关系) or labour service (劳务关系) on the evaluation date, as the
 * retirement-age check concludes: reaching the statutory retirement age ends the labour contract (劳动合同法实施条例
 * art. 21), so work that began at or after that age is labour service throughout, and work that began before it
 * was a labour relationship until the day before.
 *
 * - `labour`: the relationship exists; `endsOn` is the retirement date (the relationship's last day is the day
 *   before), or null when no reading of the person reaches it by the evaluation date;
 * - `service`: every reading of the person had reached the retirement age when the work began;
 * - `unknown`: the answer depends on a fact not recorded (sex, a woman's post kind, the start date).
 *
 * A pension drawn below the retirement age (early retirement) is not concluded from here: the pension check asks
 * staff to confirm the retirement papers.
 */
export type LabourRelation =
  | { readonly kind: 'labour'; readonly endsOn: string | null }
  | { readonly kind: 'service' }
  | { readonly kind: 'unknown'; readonly verdict: Verdict };

export type RelationFacts = Pick<Facts, 'birthDate' | 'sex' | 'retirementPost' | 'startDate'>;

export const RELATION_READS = ['birthDate', 'sex', 'retirementPost', 'startDate'] as const;

function groupsOf(f: RelationFacts): readonly RetirementGroup[] {
  if (f.sex === 'male') return ['male'];
  if (f.sex === 'female')
    return f.retirementPost === 'cadre'
      ? ['female-cadre']
      : f.retirementPost === 'worker'
        ? ['female-worker']
        : ['female-cadre', 'female-worker'];
  return ['male', 'female-cadre', 'female-worker'];
}

const undecided = (f: RelationFacts): Verdict =>
  missing(f.sex === null ? 'sex' : f.retirementPost === null ? 'retirementPost' : 'startDate');

export function labourRelation(f: RelationFacts, ctx: EvalContext): LabourRelation {
  if (f.birthDate === null) return { kind: 'unknown', verdict: missing('birthDate') };
  const schedule = valueInForce(ctx.params, 'retirement-age', null, ctx.date);
  if (!schedule) return { kind: 'unknown', verdict: { status: 'unknown', reason: 'no-limits' } };
  const birthDate = f.birthDate;
  const dates = groupsOf(f).map((g) => retirementAge(birthDate, g, schedule)?.date ?? null);
  if (dates.some((d) => d === null)) return { kind: 'unknown', verdict: { status: 'unknown', reason: 'no-limits' } };
  const sorted = (dates as string[]).sort();
  const earliest = sorted[0] as string;
  const latest = sorted[sorted.length - 1] as string;
  // Work that begins at or after every reading's retirement date is labour service, even judged before it began.
  if (f.startDate !== null && f.startDate >= latest) return { kind: 'service' };
  if (ctx.date < earliest) return { kind: 'labour', endsOn: null };
  if (f.startDate !== null && earliest === latest) return { kind: 'labour', endsOn: earliest };
  return { kind: 'unknown', verdict: undecided(f) };
}

/** The date a labour-relationship check looks at: the evaluation date, or the relationship's last day. */
export function relationDate(relation: Extract<LabourRelation, { kind: 'labour' }>, date: string): string {
  return relation.endsOn !== null && relation.endsOn <= date ? addDays(relation.endsOn, -1) : date;
}

/**
 * A check that presupposes a labour relationship (written contract and double wages, probation, social-insurance
 * registration): it does not apply to labour service, and it is judged on the relationship's last day when the
 * person reached the retirement age during the work. When the relationship cannot be decided, a verdict it
 * would give is unknown.
 */
export function forLabourRelation(check: Check): Check {
  return {
    ...check,
    sources: [...check.sources, cite('labour-contract-regulations', 'art. 21')],
    reads: [...new Set([...check.reads, ...RELATION_READS])],
    evaluate: (f, ctx) => {
      const relation = labourRelation(f, ctx);
      if (relation.kind === 'service') return null;
      if (relation.kind === 'unknown') return check.evaluate(f, ctx) === null ? null : relation.verdict;
      return check.evaluate(f, { ...ctx, date: relationDate(relation, ctx.date) });
    },
  };
}
