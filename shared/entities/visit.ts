import { z } from 'zod';
import type { ErrorCode } from '../errors/codes';
import { baseRecordShape } from './base';
import { isoDateSchema } from './common';
import { storedFindingSchema } from './stored-finding';

const recordId = (error: ErrorCode) => z.uuid({ version: 'v7', error });

export const VISIT_KINDS = ['week-1', 'month-1', 'month-3', 'extra'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

export const visitAnswerSchema = z.object({
  questionId: z.string().min(1).max(60),
  answer: z.enum(ANSWERS),
  /** what the answer rests on: "saw the contract", "the worker said", … */
  evidence: z.string().max(500),
});
export type VisitAnswer = z.infer<typeof visitAnswerSchema>;

/**
 * A follow-up visit to a placement (1 week, 1 month, 3 months, or an extra one): the rights checklist's
 * answers and the findings they led to. Append-only, like attendance.
 */
export const visitSchema = z.object({
  ...baseRecordShape,
  placementId: recordId('visit.placement'),
  kind: z.enum(VISIT_KINDS),
  visitedOn: isoDateSchema,
  recordedBy: z.string().min(1).max(64),
  answers: z.array(visitAnswerSchema).max(60),
  findings: z.array(storedFindingSchema).max(100),
  note: z.string().max(1000),
});
export type Visit = z.infer<typeof visitSchema>;
