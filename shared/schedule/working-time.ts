/**
 * China's standard working time: the one place both engines (matching's pay conversions, the rights
 * checks' default hour limits) take it from.
 */
export const STANDARD_WORKING_TIME = {
  /** 劳动法 art. 36; 国务院关于职工工作时间的规定 (1995) art. 3 */
  dailyHours: 8,
  /** 国务院关于职工工作时间的规定 (1995) art. 3 (replaces the Labour Law's 44) */
  weeklyHours: 40,
  /** 劳社部发〔2008〕3号: (365 − 104 rest days) ÷ 12 */
  monthlyPayDays: 21.75,
} as const;
