import { z } from 'zod';

/**
 * A check's verdict and how much it matters (the rights engine's vocabulary; labour-law.md). `not-due`: the
 * check holds only because its deadline has not come yet (a written contract in the first weeks, social-insurance
 * registration within 30 days) — never a pass.
 */
export const STATUSES = ['pass', 'warn', 'fail', 'unknown', 'not-due'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A finding as stored with a posting or a visit: the verdict only (the texts are looked up again when shown,
 * so they follow the language and later wording fixes).
 */
export const storedFindingSchema = z.object({
  checkId: z.string().min(1).max(60),
  status: z.enum(STATUSES),
  severity: z.enum(SEVERITIES),
  reason: z.string().min(1).max(60),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type StoredFinding = z.infer<typeof storedFindingSchema>;
