import { STANDARD_WORKING_TIME } from '../../schedule/working-time';
import type { ParameterRow } from '../../entities/rule-parameter';
import { MINIMUM_WAGE_ROWS } from './minimum-wages';

/**
 * Notes are written for the county admin who reads them on the rules screen: in Chinese.
 *
 * The parameter rows Doorstep ships (../shared/reference/labour-law.md). The county admin edits, adds and
 * dates rows; checks use the row in force on the date they evaluate. Figures the reference marks "(verify)"
 * ship with `verified: false`.
 *
 * Minimum wages: the rows below are the reference's (Henan 2022, Shanghai 2023, Beijing 2023), superseded since;
 * none of their notices was read, so none is verified. Every province-level region's current tiers, from
 * provincial notices or the Ministry's national table, follow in ./minimum-wages.ts (Guizhou among them: the demo
 * county 522626 岑巩县 is in Qiandongnan). Which county is in which tier is a provincial list that is not shipped: until
 * an 'area-tier' row is entered, a pay is failed when it is below every tier, passed when it is at least every
 * tier, and otherwise warned as meeting only the province's lowest tier (按本省最低档). Where an area still has
 * no row, the minimum-wage checks answer "unknown", and the job form's pre-screen and its save dialog say in red
 * that the row is missing and that the county admin enters it under 劳动规则参数.
 */
const HENAN = '豫政〔2021〕33号 (河南省人民政府关于调整全省最低工资标准的通知)';

export const DEFAULT_PARAMETER_ROWS: readonly ParameterRow[] = [
  {
    areaPrefix: '41',
    effectiveFrom: '2022-01-01',
    source: HENAN,
    verified: false,
    note: '一类。文号和数字出自项目参考资料（shared/reference/labour-law.md），未读到通知原文。已被人社部全国表（截至2025年7月1日）所列的新标准取代。',
    value: { kind: 'minimum-wage', tier: 1, monthly: 2000, hourly: 19.6 },
  },
  {
    areaPrefix: '41',
    effectiveFrom: '2022-01-01',
    source: HENAN,
    verified: false,
    note: '二类。文号和数字出自项目参考资料（shared/reference/labour-law.md），未读到通知原文。已被人社部全国表（截至2025年7月1日）所列的新标准取代。',
    value: { kind: 'minimum-wage', tier: 2, monthly: 1800, hourly: 17.6 },
  },
  {
    areaPrefix: '41',
    effectiveFrom: '2022-01-01',
    source: HENAN,
    verified: false,
    note: '三类。文号和数字出自项目参考资料（shared/reference/labour-law.md），未读到通知原文。已被人社部全国表（截至2025年7月1日）所列的新标准取代。',
    value: { kind: 'minimum-wage', tier: 3, monthly: 1600, hourly: 15.6 },
  },
  {
    areaPrefix: '31',
    effectiveFrom: '2023-07-01',
    source: '上海市最低工资标准 (2023-07-01)',
    verified: false,
    note: '2023年的调整通知未读到（文号待补）；沪人社规〔2025〕10号写明调整前的标准为月2690元、小时24元。已被2025年7月1日起的标准取代。',
    value: { kind: 'minimum-wage', tier: null, monthly: 2690, hourly: 24 },
  },
  {
    areaPrefix: '11',
    effectiveFrom: '2023-09-01',
    source: '北京市最低工资标准 (2023-09-01)',
    verified: false,
    note: '2023年调整通知本身未读到（文号待补）；北京市人社局在首都之窗发布的解读问答写明2023年9月1日起月标准2420元、非全日制小时标准26.4元（https://www.beijing.gov.cn/zhengce/zcjd/202307/t20230714_3162840.html），京人社劳发〔2025〕7号也写明调整前月标准为2420元。已被2025年9月1日起的标准取代。',
    value: { kind: 'minimum-wage', tier: null, monthly: 2420, hourly: 26.4 },
  },
  ...MINIMUM_WAGE_ROWS,
  {
    areaPrefix: '',
    effectiveFrom: '1995-05-01',
    source:
      '国务院关于职工工作时间的规定 (1995) art. 3; 劳动法 art. 36, 38, 41; 劳动合同法 art. 68, 72; 劳社部发〔2008〕3号 (21.75 days)',
    verified: false,
    note: '每周 40 小时（国务院规定取代劳动法的 44 小时）。月计薪天数 21.75 天待核对。',
    value: {
      kind: 'hour-limits',
      standardDailyHours: STANDARD_WORKING_TIME.dailyHours,
      standardWeeklyHours: STANDARD_WORKING_TIME.weeklyHours,
      overtimeDailyNormal: 1,
      overtimeDailyMax: 3,
      overtimeMonthlyMax: 36,
      minRestDaysPerWeek: 1,
      partTimeDailyAverageMax: 4,
      partTimeWeeklyMax: 24,
      partTimePayIntervalMaxDays: 15,
      monthlyPayDays: STANDARD_WORKING_TIME.monthlyPayDays,
    },
  },
  {
    areaPrefix: '',
    effectiveFrom: '2025-01-01',
    source: '全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024)',
    verified: false,
    note: '年龄见参考资料；推迟节奏（每 4 个月推迟 1 个月，女职工 50→55 岁每 2 个月）来自全国人大常委会决定，待核对。',
    value: {
      kind: 'retirement-age',
      reformStart: '2025-01-01',
      groups: [
        { group: 'male', originalAgeYears: 60, targetAgeYears: 63, monthsPerStep: 4 },
        { group: 'female-cadre', originalAgeYears: 55, targetAgeYears: 58, monthsPerStep: 4 },
        { group: 'female-worker', originalAgeYears: 50, targetAgeYears: 55, monthsPerStep: 2 },
      ],
    },
  },
  {
    areaPrefix: '',
    effectiveFrom: '2008-01-01',
    source:
      '劳动合同法 art. 10, 20, 82; 社会保险法 art. 58; 工伤保险条例 art. 17; 劳动法 art. 50; 工资支付暂行规定 art. 7, 16',
    verified: true,
    note: '上岗第 25 天起提醒签合同是工作惯例，不是法律规定。',
    value: {
      kind: 'deadlines',
      contractReminderDay: 25,
      socialInsuranceRegistrationDays: 30,
      injuryEmployerApplicationDays: 30,
      injuryWorkerApplicationDays: 365,
      payIntervalMaxDays: 31,
      maxDamageDeductionShare: 0.2,
      probationPayMinShare: 0.8,
    },
  },
  {
    areaPrefix: '',
    effectiveFrom: '2000-01-01',
    source:
      "Local practice: Zaozhuang (attendance), one city's rules (60/40 class hours), Huai'an (40/56, 60% practice)",
    verified: false,
    note: '各地自定：请换成本县的规定。',
    value: {
      kind: 'subsidy-thresholds',
      attendanceWarnBelow: 0.9,
      attendanceRemoveBelow: 0.8,
      classHourMinutes: 45,
      minClassHoursNationalQualification: 60,
      minClassHoursSpecialSkill: 40,
      minClassHoursEntryLevel: 40,
      minClassHoursIntermediate: 56,
      minPracticeShare: 0.6,
    },
  },
];
