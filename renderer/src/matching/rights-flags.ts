import { isOpen } from '#shared/rights/engine';
import { isEmployerPractice, practiceText } from '#shared/rights/employer-practice';
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

/**
 * A posting's flags: its own pre-screen findings with their explanations, then its employer's serious findings at
 * follow-up visits of other workers, in words about the employer's practice only (never that worker's dates,
 * money or circumstances), and only the checks that say something about how the employer treats people.
 */
export function postingFlagsFrom(
  prescreen: Parameters<typeof flagsFromFindings>[0],
  visitFindings: Parameters<typeof flagsFromFindings>[0],
): RightsFlag[] {
  const flags = flagsFromFindings(prescreen);
  const seen = new Set(flags.map((f) => f.code));
  for (const f of visitFindings ?? []) {
    if (!isOpen(f) || seen.has(f.checkId) || !isEmployerPractice(f.checkId)) continue;
    seen.add(f.checkId);
    const text = practiceText(f.checkId);
    flags.push({ code: f.checkId, severity: f.severity, zh: text.zh, en: text.en });
  }
  return flags;
}
