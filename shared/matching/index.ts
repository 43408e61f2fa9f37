/**
 * The matching engine (issue 5): pure and deterministic. A self-contained entry for a Web Worker or a
 * benchmark: prepare seekers and jobs once, then rank either way or explain one pair.
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
export {
  makeJob,
  makeSeeker,
  makeVillage,
  mulberry32,
  syntheticCounty,
  synthId,
  type SyntheticCounty,
} from './synthetic';
export { runMatchingBenchmark, type BenchFigure, type BenchOptions } from './bench-kernel';
export { explainPair, explainPrepared, hardChecks } from './explain';
export { reason, REASON_CODES, type ReasonCode } from './messages';
export { DEFAULT_PARAMETERS, SUB_SCORES, type MatchParameters, type Severity, type SubScoreKey } from './parameters';
export { hourlyFloor, hourlyPay, payScore } from './pay';
export { prepareJob, prepareSeeker } from './prepare';
export { matchJobsForSeeker, matchSeekersForJob, type RankOptions } from './rank';
export { screen } from './checks';
export type * from './types';
export { HARD_FILTERS } from './types';
