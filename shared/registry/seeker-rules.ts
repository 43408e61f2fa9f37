import type { ErrorCode } from '../errors/codes';
import type { DuplicateReason } from '../errors/registers';
import type { Seeker } from '../entities/seeker';
import { parseResidentId } from '../identifiers/resident-id';

/**
 * Rules on a seeker that need more than the schema: today's date, the ID number's own birth date and sex,
 * and duplicates. Pure: `today` (YYYY-MM-DD) and the look-up results are passed in.
 * Errors block saving; warnings are shown and need a reason to go on.
 */
export interface RuleFinding {
  readonly field: string;
  readonly code: ErrorCode;
}

export interface SeekerCheck {
  readonly errors: readonly RuleFinding[];
  readonly warnings: readonly RuleFinding[];
}

export type SeekerDraft = Pick<Seeker, 'name' | 'sex' | 'birthDate' | 'idNumber' | 'phone' | 'consent'>;

export function checkSeeker(draft: SeekerDraft, today: string): SeekerCheck {
  const errors: RuleFinding[] = [];
  const warnings: RuleFinding[] = [];
  if (draft.birthDate > today) errors.push({ field: 'birthDate', code: 'date.future' });
  if (draft.consent.date > today) errors.push({ field: 'consent', code: 'date.future' });
  if (!draft.consent.matching) errors.push({ field: 'consent', code: 'consent.matching' });
  if (draft.idNumber) {
    const id = parseResidentId(draft.idNumber, today);
    if (!id.ok) errors.push({ field: 'idNumber', code: id.error.code });
    else {
      if (id.value.birthDate !== draft.birthDate)
        warnings.push({ field: 'birthDate', code: 'residentId.birthDateDiffers' });
      if (id.value.sex !== draft.sex) warnings.push({ field: 'sex', code: 'residentId.sexDiffers' });
    }
  }
  return { errors, warnings };
}

/** What the store found that looks like the same person. */
export interface DuplicateMatches {
  readonly sameIdNumber: readonly string[];
  readonly samePhone: readonly string[];
  readonly sameNameAndBirthDate: readonly string[];
}

/** Why a seeker looks like someone registered already. */

export type DuplicateVerdict =
  | { readonly kind: 'none' }
  | { readonly kind: 'block'; readonly existingId: string }
  | {
      readonly kind: 'warn';
      readonly reasons: readonly DuplicateReason[];
      readonly existingIds: readonly string[];
    };

/** The same ID number blocks; the same phone, or the same name and birth date, warns (DESIGN.md registry). */
export function duplicateVerdict(selfId: string, found: DuplicateMatches): DuplicateVerdict {
  const others = (ids: readonly string[]) => ids.filter((id) => id !== selfId);
  const byId = others(found.sameIdNumber);
  if (byId[0]) return { kind: 'block', existingId: byId[0] };
  const byPhone = others(found.samePhone);
  const byName = others(found.sameNameAndBirthDate);
  const reasons = [
    ...(byPhone.length ? ['phone' as const] : []),
    ...(byName.length ? ['nameAndBirthDate' as const] : []),
  ];
  return reasons.length
    ? { kind: 'warn', reasons, existingIds: [...new Set([...byPhone, ...byName])] }
    : { kind: 'none' };
}

/**
 * Whole years of age (周岁) on `day`, both YYYY-MM-DD: the birthday is reached on its calendar date; someone
 * born on 29 February reaches it on 1 March in other years.
 */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
