import { CHECKS } from './rule-table';
import type { Text } from './types';

/**
 * What a follow-up visit about one worker says about the employer, for everyone else the employer might hire.
 *
 * A visit's findings are about one placement: "day 40 without a written contract, double wages owed from …" is
 * that worker's claim, with his dates and his money. Told to another job seeker, only the employer's practice
 * matters ("a worker placed here had no written contract"), never the other person's circumstances. Some checks
 * are about the worker's own situation and say nothing about how the employer treats others: those stay on the
 * placement and are not counted against the employer's postings.
 */
export const PERSONAL_CHECKS: ReadonlySet<string> = new Set([
  // her pregnancy or breastfeeding
  'osh.pregnancy-breastfeeding',
  // his age past retirement, and his pension
  'contract.retirement-age',
  'contract.pension-drawn',
]);

/** Whether a visit finding of this check counts against the employer's other postings. */
export const isEmployerPractice = (checkId: string): boolean => !PERSONAL_CHECKS.has(checkId);

/** The employer-level wording of a visit finding: the check's question, said as something found, without the worker's details. */
export function practiceText(checkId: string): Text {
  const question = CHECKS.find((c) => c.id === checkId)?.question ?? { zh: checkId, en: checkId };
  return {
    zh: `回访该单位已上岗的人时发现没有做到：${question.zh.replace(/[？?]$/, '')}`,
    en: `Found at a follow-up visit of someone placed here, not done: ${question.en.replace(/\?$/, '')}`,
  };
}
