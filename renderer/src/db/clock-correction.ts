/** The last time this PC's clock was found ahead of the county's and set back, shown on 同步. */
export interface ClockCorrection {
  /** when (the PC's clock) */
  readonly at: number;
  /** how far the device clock was ahead of the county's time */
  readonly aheadMs: number;
  /** waiting changes given new clocks */
  readonly restamped: number;
}

export function parseCorrection(stored: string | undefined): ClockCorrection | null {
  if (!stored) return null;
  try {
    const v = JSON.parse(stored) as Partial<ClockCorrection>;
    return typeof v.at === 'number' && typeof v.aheadMs === 'number' && typeof v.restamped === 'number'
      ? { at: v.at, aheadMs: v.aheadMs, restamped: v.restamped }
      : null;
  } catch {
    return null;
  }
}
