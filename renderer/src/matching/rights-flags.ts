import { isOpen } from '#shared/rights/engine';
import { fromStored } from '#shared/rights/stored';
import type { StoredFinding } from '#shared/entities/stored-finding';
import type { RightsFlag } from '#shared/matching/types';

/**
 * Rights findings (a posting's pre-screen, its employer's follow-up visits) as matching flags: open ones only
 * (fail or warn), once per check, each with the check's explanation in both languages.
 */
export function flagsFromFindings(
  findings: readonly Pick<StoredFinding, 'checkId' | 'status' | 'severity' | 'reason' | 'params'>[] | undefined,
): RightsFlag[] {
  const flags: RightsFlag[] = [];
  const seen = new Set<string>();
  for (const f of findings ?? []) {
    if (!isOpen(f) || seen.has(f.checkId)) continue;
    seen.add(f.checkId);
    const { explanation } = fromStored(f);
    flags.push({ code: f.checkId, severity: f.severity, zh: explanation.zh, en: explanation.en });
  }
  return flags;
}
