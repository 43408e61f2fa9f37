import { z } from 'zod';
import { parseAreaCode } from '../identifiers/area-code';

/** A calendar date as typed in forms and stored: YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.format' });

/** A 12-digit village (or 9-digit township) code from the county's gazetteer. */
export const villageCodeSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseAreaCode(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.error.code });
  else if (parsed.value.level === 'county') ctx.addIssue({ code: 'custom', message: 'village.level' });
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a YYYY-MM-DD string names a day that exists (no 30 February). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const SKILL_LEVELS = ['beginner', 'skilled', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const skillRefSchema = z.object({ code: z.string().min(1).max(40), level: z.enum(SKILL_LEVELS) });
export type SkillRef = z.infer<typeof skillRefSchema>;
