import { skillByCode } from '../catalogue/skills';

/**
 * The reasons the engine gives, in Chinese (default) and English. Each code is also an i18n key
 * (`matching.<code>`) for a screen that prefers its own catalogue; `params` carry the values.
 */
type Params = Readonly<Record<string, string | number>>;
type Text = (p: Params) => string;

const v = (p: Params, k: string): string => String(p[k] ?? '');
const n1 = (p: Params, k: string): string => (Math.round(Number(p[k] ?? 0) * 10) / 10).toString();
/** Hours of a schedule: exact to the quarter hour (33.75). */
const n2 = (p: Params, k: string): string => (Math.round(Number(p[k] ?? 0) * 100) / 100).toString();

export const MODE_ZH: Readonly<Record<string, string>> = {
  walk: '步行',
  bicycle: '骑自行车',
  ebike: '骑电动车',
  motorcycle: '骑摩托车',
  bus: '坐公交或班车',
  car: '开车',
};
export const MODE_EN: Readonly<Record<string, string>> = {
  walk: 'on foot',
  bicycle: 'by bicycle',
  ebike: 'by e-bike',
  motorcycle: 'by motorcycle',
  bus: 'by bus',
  car: 'by car',
};
const CARE_ZH: Readonly<Record<string, string>> = {
  'school-pickup': '接送孩子',
  childcare: '照看孩子',
  'elder-care': '照顾老人',
  other: '照护',
};
const CARE_EN: Readonly<Record<string, string>> = {
  'school-pickup': 'school pick-up',
  childcare: 'childcare',
  'elder-care': 'elder care',
  other: 'care duty',
};
const LEVEL_ZH = ['入门', '熟练', '精通'];
const LEVEL_EN = ['beginner', 'skilled', 'expert'];
const LITERACY_ZH = ['不要求识字', '基本识字', '读写熟练'];
const LITERACY_EN = ['no reading', 'basic reading', 'fluent reading and writing'];
// the same words as the rights screens use
const SEVERITY_ZH: Readonly<Record<string, string>> = {
  critical: '非常严重',
  high: '严重',
  medium: '一般',
  low: '轻微',
};
const STATUS_ZH: Readonly<Record<string, string>> = {
  active: '求职中',
  placed: '已就业',
  inactive: '暂停',
  withdrawn: '已退出',
};

const skillZh = (p: Params): string => skillByCode(v(p, 'skill'))?.zh ?? v(p, 'skill');
const skillEn = (p: Params): string => skillByCode(v(p, 'skill'))?.en ?? v(p, 'skill');
const lvlZh = (p: Params, k: string): string => LEVEL_ZH[Number(p[k])] ?? '';
const lvlEn = (p: Params, k: string): string => LEVEL_EN[Number(p[k])] ?? '';

const MESSAGES = {
  'eligibility.ok': { zh: () => '求职者和岗位都可以匹配', en: () => 'Both the seeker and the job can be matched' },
  'eligibility.seekerInactive': {
    zh: (p) => `求职者状态为“${STATUS_ZH[v(p, 'status')] ?? v(p, 'status')}”，不参与匹配`,
    en: (p) => `The seeker's status is ${v(p, 'status')}: not matched`,
  },
  'eligibility.noConsent': {
    zh: () => '求职者未同意（或已撤回）用于岗位匹配',
    en: () => 'The seeker has not consented to matching (or withdrew consent)',
  },
  'eligibility.jobClosed': { zh: () => '岗位已关闭', en: () => 'The job is closed' },
  'eligibility.jobEnded': {
    zh: (p) => `岗位已于 ${v(p, 'endDate')} 结束`,
    en: (p) => `The job ended on ${v(p, 'endDate')}`,
  },
  'age.ok': { zh: () => '达到法定最低就业年龄', en: () => 'Meets the legal minimum working age' },
  'age.under16': {
    zh: (p) => `未满 ${v(p, 'minimumAge')} 周岁，法律禁止招用（劳动法第十五条）`,
    en: (p) => `Under ${v(p, 'minimumAge')}: the law forbids employing them (Labour Law art. 15)`,
  },
  'prohibited.none': { zh: () => '不属于对其禁止的劳动', en: () => 'Not work the law prohibits for them' },
  'prohibited.minor': {
    zh: () => '未成年工（16–17 周岁）禁止从事此类劳动（未成年工特殊保护规定）',
    en: () => 'Work prohibited for workers aged 16–17 (Rules on the Special Protection of Juvenile Workers)',
  },
  'prohibited.pregnant': {
    zh: () => '孕期禁止从事此类劳动（女职工劳动保护特别规定附录）',
    en: () => 'Work prohibited during pregnancy (Special Rules on the Labour Protection of Female Employees, annex)',
  },
  'literacy.ok': { zh: () => '识字要求符合', en: () => 'Reading requirement met' },
  'literacy.short': {
    zh: (p) => `岗位要求${LITERACY_ZH[Number(p.needed)] ?? ''}，求职者为${LITERACY_ZH[Number(p.has)] ?? ''}`,
    en: (p) =>
      `The job needs ${LITERACY_EN[Number(p.needed)] ?? ''}; the seeker has ${LITERACY_EN[Number(p.has)] ?? ''}`,
  },
  'physical.notStepFree': {
    zh: () => '求职者坐轮椅，工作场所有台阶或进不去轮椅',
    en: () => 'The seeker uses a wheelchair; the workplace has steps or no wheelchair access',
  },
  'physical.walking': {
    zh: (p) => `岗位要经常走动或走远路，求职者${Number(p['mobility']) >= 2 ? '坐轮椅' : '走不了远路'}`,
    en: (p) =>
      `The work means walking a lot; the seeker ${Number(p['mobility']) >= 2 ? 'uses a wheelchair' : 'cannot walk far'}`,
  },
  'physical.stepFree': {
    zh: () => '工作场所没有台阶，轮椅能进出',
    en: () => 'Step-free workplace: a wheelchair can get in and about',
  },
  'physical.accessUnknown': {
    zh: () => '还不知道工作场所轮椅能不能进出（有没有台阶、厕所能不能用）：推荐前先问用人单位',
    en: () => 'Not known whether a wheelchair can get in and about (steps, toilet): ask the employer before referring',
  },
  'physical.ok': {
    zh: () => '体力要求在求职者能力范围内',
    en: () => "Physical demands are within the seeker's limits",
  },
  'physical.standing': {
    zh: (p) => `需站立 ${v(p, 'job')} 小时，求职者最多 ${v(p, 'max')} 小时`,
    en: (p) => `Standing ${v(p, 'job')} h; the seeker can stand at most ${v(p, 'max')} h`,
  },
  'physical.lift': {
    zh: (p) => `需搬运 ${v(p, 'job')} 公斤，求职者最多 ${v(p, 'max')} 公斤`,
    en: (p) => `Lifting ${v(p, 'job')} kg; the seeker can lift at most ${v(p, 'max')} kg`,
  },
  'physical.eyesight': {
    zh: () => '岗位需要好视力，求职者视力受限',
    en: () => 'The job needs fine eyesight; the seeker’s eyesight is limited',
  },
  'physical.hands': {
    zh: () => '岗位需要双手操作，求职者手部受限',
    en: () => 'The job needs both hands; the seeker’s hands are limited',
  },
  'skills.none': { zh: () => '岗位不要求特定技能', en: () => 'The job asks for no particular skill' },
  'skills.has': {
    zh: (p) => `会${skillZh(p)}（${lvlZh(p, 'has')}）`,
    en: (p) => `Has ${skillEn(p)} (${lvlEn(p, 'has')})`,
  },
  'skills.missing': { zh: (p) => `缺少技能：${skillZh(p)}`, en: (p) => `Missing skill: ${skillEn(p)}` },
  'skills.levelBelow': {
    zh: (p) => `${skillZh(p)}：岗位要${lvlZh(p, 'needed')}，求职者为${lvlZh(p, 'has')}`,
    en: (p) => `${skillEn(p)}: the job asks ${lvlEn(p, 'needed')}, the seeker is ${lvlEn(p, 'has')}`,
  },
  'schedule.fits': {
    zh: (p) => `工作时间（每周 ${n2(p, 'hours')} 小时）都在可工作时间内，不占照护时间`,
    en: (p) => `Working hours (${n2(p, 'hours')} h a week) all fall in the seeker's free time, clear of care duties`,
  },
  'schedule.flexible': { zh: () => '时间灵活，可自己安排', en: () => 'Flexible hours the seeker arranges' },
  'schedule.outside': {
    zh: (p) => `岗位时间 ${v(p, 'whenZh')} 不在求职者可工作时间内`,
    en: (p) => `Job hours ${v(p, 'whenEn')} are outside the seeker's free time`,
  },
  'schedule.care': {
    zh: (p) => `与${CARE_ZH[v(p, 'care')] ?? '照护'}时间冲突：${v(p, 'whenZh')}`,
    en: (p) => `Clashes with ${CARE_EN[v(p, 'care')] ?? 'a care duty'}: ${v(p, 'whenEn')}`,
  },
  'schedule.slack': {
    zh: (p) => `上下班前后留有余地（${v(p, 'percent')}%）`,
    en: (p) => `Room to spare around the shifts (${v(p, 'percent')}%)`,
  },
  'schedule.tight': {
    zh: (p) => `上下班前后几乎没有余地（${v(p, 'percent')}%）`,
    en: (p) => `Little room around the shifts (${v(p, 'percent')}%)`,
  },
  'schedule.littleTime': {
    zh: (p) => `求职者每周只有 ${n1(p, 'hours')} 小时空闲`,
    en: (p) => `The seeker has only ${n1(p, 'hours')} free hours a week`,
  },
  'commute.homeBased': { zh: () => '在家做，不用通勤', en: () => 'Done at home: no commute' },
  'commute.doorstep': {
    zh: (p) => `家门口：${MODE_ZH[v(p, 'mode')] ?? ''}约 ${v(p, 'minutes')} 分钟`,
    en: (p) => `On the doorstep: about ${v(p, 'minutes')} min ${MODE_EN[v(p, 'mode')] ?? ''}`,
  },
  'commute.ok': {
    zh: (p) => `通勤${MODE_ZH[v(p, 'mode')] ?? ''}约 ${v(p, 'minutes')} 分钟（上限 ${v(p, 'max')} 分钟）`,
    en: (p) => `Commute about ${v(p, 'minutes')} min ${MODE_EN[v(p, 'mode')] ?? ''} (limit ${v(p, 'max')})`,
  },
  'commute.far': {
    zh: (p) => `通勤${MODE_ZH[v(p, 'mode')] ?? ''}约 ${v(p, 'minutes')} 分钟，超过上限 ${v(p, 'max')} 分钟`,
    en: (p) =>
      `Commute about ${v(p, 'minutes')} min ${MODE_EN[v(p, 'mode')] ?? ''}, over the ${v(p, 'max')}-minute limit`,
  },
  'commute.unknown': {
    zh: (p) => `通勤时间未知：${p.missing === 'seeker' ? '求职者' : '用人单位'}的村没有坐标，请核实`,
    en: (p) =>
      `Commute unknown: no coordinates for the ${p.missing === 'seeker' ? "seeker's" : "employer's"} village; please check`,
  },
  'commute.approximate': { zh: () => '通勤按乡镇位置估算', en: () => 'Commute estimated from the township’s location' },
  'pay.aboveFloor': {
    zh: (p) => `折合每小时 ${n1(p, 'hourly')} 元，不低于期望的 ${n1(p, 'floor')} 元`,
    en: (p) => `About ${n1(p, 'hourly')} yuan an hour, at or above the wanted ${n1(p, 'floor')}`,
  },
  'pay.belowFloor': {
    zh: (p) => `折合每小时 ${n1(p, 'hourly')} 元，低于期望的 ${n1(p, 'floor')} 元`,
    en: (p) => `About ${n1(p, 'hourly')} yuan an hour, below the wanted ${n1(p, 'floor')}`,
  },
  'pay.reference': {
    zh: (p) => `折合每小时 ${n1(p, 'hourly')} 元（参照 ${n1(p, 'reference')} 元）`,
    en: (p) => `About ${n1(p, 'hourly')} yuan an hour (reference ${n1(p, 'reference')})`,
  },
  'pay.belowMinimum': {
    zh: (p) => `折合每小时 ${n1(p, 'hourly')} 元，低于当地小时最低工资 ${n1(p, 'minimum')} 元`,
    en: (p) => `About ${n1(p, 'hourly')} yuan an hour, below the local hourly minimum wage of ${n1(p, 'minimum')}`,
  },
  'stability.labourContract': { zh: () => '签劳动合同', en: () => 'Labour contract' },
  'stability.partTime': { zh: () => '非全日制用工', en: () => 'Part-time employment' },
  'stability.labourService': {
    zh: () => '劳务协议，不是劳动合同',
    en: () => 'Labour-service agreement, not a labour contract',
  },
  'stability.noContract': { zh: () => '没有书面合同', en: () => 'No written contract' },
  'stability.insurance': { zh: () => '缴纳社会保险', en: () => 'Social insurance paid' },
  'stability.noInsurance': { zh: () => '不缴社会保险', en: () => 'No social insurance' },
  'stability.openEnded': { zh: () => '长期岗位', en: () => 'Long-term post' },
  'stability.shortTerm': {
    zh: (p) => `短期岗位，约 ${v(p, 'months')} 个月后结束`,
    en: (p) => `Short-term: ends in about ${v(p, 'months')} months`,
  },
  'preference.homeBased': { zh: () => '在家做，符合求职者意愿', en: () => 'Home-based, as the seeker wants' },
  'preference.onSite': {
    zh: () => '求职者想在家做，此岗位要到单位上班',
    en: () => 'The seeker wants home-based work; this job is on site',
  },
  'rights.finding': {
    zh: (p) => `用工问题（${SEVERITY_ZH[v(p, 'severity')] ?? ''}）${v(p, 'textZh')}`,
    en: (p) => `Employer rights check (${v(p, 'severity')}): ${v(p, 'textEn')}`,
  },
  'legal.retirement': {
    zh: () => '已到法定退休年龄：不能再签劳动合同（劳动合同法第四十四条），只能签劳务协议，请提醒用人单位',
    en: () =>
      'Past the statutory retirement age: no labour contract any more (Labour Contract Law art. 44), only a labour-service agreement; tell the employer',
  },
  'fix.course': {
    zh: (p) => `参加“${v(p, 'course')}”学会${skillZh(p)}`,
    en: (p) => `Take the course "${v(p, 'course')}" to learn ${skillEn(p)}`,
  },
  'fix.learnSkill': {
    zh: (p) => `学会${skillZh(p)}（目前没有对应课程）`,
    en: (p) => `Learn ${skillEn(p)} (no course offered yet)`,
  },
  'fix.courseLevel': {
    zh: (p) => `参加“${v(p, 'course')}”，把${skillZh(p)}提高到${lvlZh(p, 'needed')}`,
    en: (p) => `Take the course "${v(p, 'course')}" to bring ${skillEn(p)} up to ${lvlEn(p, 'needed')}`,
  },
  'fix.raiseSkill': {
    zh: (p) => `把${skillZh(p)}提高到${lvlZh(p, 'needed')}（目前没有对应课程）`,
    en: (p) => `Bring ${skillEn(p)} up to ${lvlEn(p, 'needed')} (no course offered yet)`,
  },
  'fix.laterStart': {
    zh: (p) => `请用人单位允许晚 ${v(p, 'minutes')} 分钟上班（${v(p, 'whenZh')}）`,
    en: (p) => `Ask the employer for a ${v(p, 'minutes')}-minute later start (${v(p, 'whenEn')})`,
  },
  'fix.earlierFinish': {
    zh: (p) => `请用人单位允许早 ${v(p, 'minutes')} 分钟下班（${v(p, 'whenZh')}）`,
    en: (p) => `Ask the employer to let them leave ${v(p, 'minutes')} minutes earlier (${v(p, 'whenEn')})`,
  },
  'fix.breakInShift': {
    zh: (p) => `请用人单位在 ${v(p, 'whenZh')} 给 ${v(p, 'minutes')} 分钟空档`,
    en: (p) => `Ask the employer for a ${v(p, 'minutes')}-minute break at ${v(p, 'whenEn')}`,
  },
  'fix.fasterMode': {
    zh: (p) => `改为${MODE_ZH[v(p, 'mode')] ?? ''}约 ${v(p, 'minutes')} 分钟`,
    en: (p) => `Going ${MODE_EN[v(p, 'mode')] ?? ''} takes about ${v(p, 'minutes')} min`,
  },
  'fix.acceptLonger': {
    zh: (p) => `如能接受通勤 ${v(p, 'minutes')} 分钟即可`,
    en: (p) => `Works if a ${v(p, 'minutes')}-minute commute is acceptable`,
  },
} satisfies Record<string, { zh: Text; en: Text }>;

export type ReasonCode = keyof typeof MESSAGES;

/** One reason for or against a pair: a stable code (also the i18n key `matching.<code>`), its values, and text. */
export interface Reason {
  readonly code: ReasonCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly zh: string;
  readonly en: string;
}

export const REASON_CODES = Object.keys(MESSAGES) as ReasonCode[];

export function reason(code: ReasonCode, params: Params = {}): Reason {
  const m: { zh: Text; en: Text } = MESSAGES[code];
  return { code, params, zh: m.zh(params), en: m.en(params) };
}
