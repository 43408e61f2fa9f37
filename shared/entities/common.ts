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

export const SKILL_LEVELS = ['beginner', 'skilled', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const skillRefSchema = z.object({ code: z.string().min(1).max(40), level: z.enum(SKILL_LEVELS) });
export type SkillRef = z.infer<typeof skillRefSchema>;
