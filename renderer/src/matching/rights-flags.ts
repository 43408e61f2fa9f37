import { CHECKS } from '../../../shared/rights/rule-table';
import { fill, isOpen, reasonText } from '../../../shared/rights/engine';
import type { StoredFinding } from '../../../shared/rights/placement';
import type { RightsFlag } from '../../../shared/matching/types';

const CHECK_BY_ID = new Map(CHECKS.map((c) => [c.id, c]));

/**
 * The rights findings stored with a posting (its pre-screen) as matching flags: open ones only (fail or
 * warn), each with the check's explanation in both languages.
 */
export function flagsFromFindings(findings: readonly StoredFinding[] | undefined): RightsFlag[] {
  const flags: RightsFlag[] = [];
  for (const f of findings ?? []) {
    if (!isOpen(f)) continue;
    const check = CHECK_BY_ID.get(f.checkId);
    const text = check ? reasonText(check, f.reason).explanation : { zh: f.checkId, en: f.checkId };
    flags.push({ code: f.checkId, severity: f.severity, zh: fill(text.zh, f.params), en: fill(text.en, f.params) });
  }
  return flags;
}
