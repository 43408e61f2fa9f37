/**
 * Subsidy thresholds for training courses (reference: labour-law.md, "Training subsidies"). They are set
 * locally, so every course carries its own copy; these are only the defaults a new course starts from.
 */
export interface SubsidyThresholds {
  /** below this share of class hours attended: no subsidy (and removal from the class in Zaozhuang's rules) */
  readonly minAttendanceRate: number;
  /** below this share: a warning to the trainee */
  readonly warnAttendanceRate: number;
  /** class hours a trainee must attend (one class hour = 45 minutes) */
  readonly minClassHours: number;
}

export interface SubsidyDefault extends SubsidyThresholds {
  readonly source: string;
}

/** Defaults by certificate kind. Hours: one city's rules (national qualification ≥ 60, special skill ≥ 40). */
export const SUBSIDY_DEFAULTS = {
  qualification: {
    minAttendanceRate: 0.8,
    warnAttendanceRate: 0.9,
    minClassHours: 60,
    source: '国家职业资格类培训 ≥ 60 课时（某市规定）；出勤 90% 预警、80% 清退（枣庄）',
  },
  'skill-level': {
    minAttendanceRate: 0.8,
    warnAttendanceRate: 0.9,
    minClassHours: 40,
    source: '初级工 ≥ 40 课时（淮安）；出勤 90% 预警、80% 清退（枣庄）',
  },
  'special-ability': {
    minAttendanceRate: 0.8,
    warnAttendanceRate: 0.9,
    minClassHours: 40,
    source: '专项能力类培训 ≥ 40 课时（某市规定）；出勤 90% 预警、80% 清退（枣庄）',
  },
  completion: {
    minAttendanceRate: 0.8,
    warnAttendanceRate: 0.9,
    minClassHours: 40,
    source: '培训合格/结业：按专项能力类的 40 课时（假定，当地可改）',
  },
} as const satisfies Record<string, SubsidyDefault>;

/** Minutes in one class hour (课时). */
export const CLASS_HOUR_MINUTES = 45;

/** The county's subsidy-threshold row (rule parameters), as far as courses use it. */
export interface CountySubsidyThresholds {
  readonly attendanceWarnBelow: number;
  readonly attendanceRemoveBelow: number;
  readonly minClassHoursNationalQualification: number;
  readonly minClassHoursSpecialSkill: number;
  readonly minClassHoursEntryLevel: number;
}

/**
 * What a new course of this certificate kind starts from: the county's row in force when there is one (the
 * county admin edits it under 劳动规则参数), else the shipped defaults. A course keeps its own copy after.
 */
export function subsidyDefaultsFor(
  kind: keyof typeof SUBSIDY_DEFAULTS,
  county: CountySubsidyThresholds | null,
): SubsidyThresholds {
  if (!county) return SUBSIDY_DEFAULTS[kind];
  const hours = {
    qualification: county.minClassHoursNationalQualification,
    'skill-level': county.minClassHoursEntryLevel,
    'special-ability': county.minClassHoursSpecialSkill,
    completion: county.minClassHoursSpecialSkill,
  }[kind];
  return {
    minAttendanceRate: county.attendanceRemoveBelow,
    warnAttendanceRate: county.attendanceWarnBelow,
    minClassHours: hours,
  };
}
