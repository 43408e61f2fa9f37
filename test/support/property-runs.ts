/** The options of `fc.assert` that fix a property's budget and replay; they suit a property of any arguments. */
export interface PropertyRuns {
  readonly numRuns: number;
  readonly seed?: number;
  readonly path?: string;
}

/**
 * Run options for one property: a fixed number of runs (its budget, so a run's length does not depend on the
 * machine) and, when FC_SEED is set, the seed to replay (FC_PATH too, to replay just the shrunk counterexample).
 * fast-check prints both on a failure.
 */
export function propertyRuns(numRuns: number): PropertyRuns {
  const seed = process.env['FC_SEED'];
  const path = process.env['FC_PATH'];
  return {
    numRuns,
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
    ...(path === undefined || path === '' ? {} : { path }),
  };
}

/**
 * The time budget of a property that runs for a second or more on an idle machine: ample for the same runs with
 * a second test run on the same two cores, yet a property stuck in a loop still fails.
 */
export const LONG_PROPERTY = { timeout: 60_000 } as const;
