import { z } from 'zod';
import { isHlc } from '../sync/hlc';

/** Fields every record carries (DESIGN.md, Data). Error messages are i18n keys (`errors.*`). */
export const baseRecordShape = {
  id: z.uuid({ version: 'v7', error: 'record.id' }),
  stationId: z.uuid({ version: 'v7', error: 'record.stationId' }),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.string().refine(isHlc, 'hlc.format'),
  deleted: z.boolean(),
};

/** A person's or organisation's name as typed: trimmed, 1–50 characters. */
export const nameSchema = z.string().trim().min(1, { error: 'name.empty' }).max(50, { error: 'name.long' });
