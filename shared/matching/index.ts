/**
 * The matching engine's public entry: pure and deterministic. Prepare seekers and jobs once, then rank either
 * way or explain one pair. The benchmark kernel and the synthetic county are not part of it: benchmarks and tests
 * import `bench-kernel.ts` and `synthetic.ts` directly.
 */
export {
  buildGazetteer,
  commuteMinutes,
  greatCircleKm,
  place,
  placeKm,
  tripMinutes,
  type Gazetteer,
  type Place,
} from './commute';
export { createMatchContext } from './context';
export { explainPair, explainPrepared, hardChecks } from './explain';
export { reason, REASON_CODES, type ReasonCode } from './messages';
export { DEFAULT_PARAMETERS, SUB_SCORES, type MatchParameters, type Severity, type SubScoreKey } from './parameters';
export { hourlyFloor, hourlyPay, payScore } from './pay';
export { prepareJob, prepareSeeker } from './prepare';
export { matchJobsForSeeker, matchSeekersForJob, type RankOptions } from './rank';
export { screen } from './checks';
export type * from './types';
export { HARD_FILTERS } from './types';
