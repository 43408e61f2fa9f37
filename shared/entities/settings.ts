import { z } from 'zod';
import { baseRecordShape } from './base';
import { IDLE_LOCK } from './idle-lock';

/** Settings of this PC (one record, local, never synced). */
export const settingsSchema = z.object({
  ...baseRecordShape,
  idleLockMinutes: z
    .number({ error: 'settings.idle' })
    .int({ error: 'settings.idle' })
    .min(IDLE_LOCK.minMinutes, { error: 'settings.idle' })
    .max(IDLE_LOCK.maxMinutes, { error: 'settings.idle' }),
});
export type Settings = z.infer<typeof settingsSchema>;
