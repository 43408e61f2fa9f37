/** How long this PC waits idle before it locks, in minutes: the default and the bounds a station may choose. */
export const IDLE_LOCK = { defaultMinutes: 5, minMinutes: 1, maxMinutes: 60 } as const;
