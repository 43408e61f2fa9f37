/**
 * Provincial minimum-wage notices as they were found, each with where it was read. Notes are written for the
 * county admin who reads them on the rules screen: in Chinese.
 *
 * `verified` is true only where the notice's own text (or its official reproduction: the issuing body's page,
 * or the provincial human-resources department's page carrying the notice's table) was read and its figures
 * match. A notice known only from another party's record of it (its number, date and figures quoted by someone
 * who read it) is shipped unverified, with that record as where it was read. Document numbers (文号) are only
 * ever the ones a source gives; where none was read, the row says so.
 */

/** [monthly yuan, hourly yuan] per tier, first tier first. */
export type Tiers = readonly (readonly [number, number])[];

export interface WageNotice {
  /** the area the figures are for: a province (2 digits) or a city with its own figure (4 digits) */
  readonly areaPrefix: string;
  /** the notice's title, as read */
  readonly title: string;
  /** its document number (文号), or null when no source gave it */
  readonly number: string | null;
  readonly issuer: string;
  /** the day the figures take effect, from the notice (not the day it was published) */
  readonly effectiveFrom: string;
  readonly tiers: Tiers;
  /** where it was read: the official page, and the public copy that was actually opened */
  readonly readAt: readonly string[];
  readonly verified: boolean;
  /** what was read and what is still to check, in Chinese */
  readonly note: string;
}

const GD_2026 = {
  title: '广东省人民政府关于调整我省最低工资标准的通知',
  number: '粤府函〔2026〕188号',
  issuer: '广东省人民政府',
  effectiveFrom: '2026-09-01',
  readAt: [
    'http://www.gd.gov.cn（粤府函〔2026〕188号正文，副本：github.com/Jan-mx/Socila docs/refactor/policy-ops-agent/reports/stage-09-05-national-baseline-overlays/evidence/GD/DOC-GD-MINIMUM-WAGE-2026/extracted-text.txt）',
    '广东省人社厅《广东省9月1日起调整提高最低工资标准》附广东省最低工资标准表（副本：同仓库 evidence/GD/DOC-GD-MINIMUM-WAGE-ADJUST/extracted-text.txt）',
  ],
  verified: true,
} as const;

const GD_2025 = {
  title: '广东省人民政府关于调整我省最低工资标准的通知',
  number: '粤府函〔2025〕23号',
  issuer: '广东省人民政府',
  effectiveFrom: '2025-03-01',
  readAt: [
    'http://www.gd.gov.cn/zwgk/wjk/qbwj/yfh/content/post_4668031.html 与 http://www.gd.gov.cn/zzzq/zcjd/content/mpost_4668242.html（据数据目录的核验记录，未读正文）',
  ],
  verified: false,
  note: '文号、执行日期和各档数字出自他人核验官方页面的记录，与人社部全国表（截至2025年7月1日）一致；未读到通知正文。已被粤府函〔2026〕188号取代。',
} as const;

export const WAGE_NOTICES: readonly WageNotice[] = [
  {
    areaPrefix: '11',
    title: '关于调整北京市2025年最低工资标准的通知',
    number: '京人社劳发〔2025〕7号',
    issuer: '北京市人力资源和社会保障局、北京市总工会、北京企业联合会/北京市企业家协会、北京市工商业联合会',
    effectiveFrom: '2025-09-01',
    tiers: [[2540, 27.7]],
    readAt: [
      'https://rsj.beijing.gov.cn/xxgk/2024zcwj/202507/t20250725_4158456.html（正文副本：github.com/littledsw/labor_lawyer regions/municipalities/beijing/statistics/sources/min-wage-2025.md）',
    ],
    verified: true,
    note: '读到通知全文：月最低工资由2420元调整到2540元；非全日制小时最低工资27.7元（含个人和单位缴纳的养老、医疗、失业保险费），法定节假日65.1元/小时；2025年9月1日起执行。通知另有“每小时不低于14.6元”，那是全日制折算的小时标准，不是非全日制标准。',
  },
  {
    areaPrefix: '31',
    title: '上海市人力资源和社会保障局关于调整本市最低工资标准的通知',
    number: '沪人社规〔2025〕10号',
    issuer: '上海市人力资源和社会保障局',
    effectiveFrom: '2025-07-01',
    tiers: [[2740, 25]],
    readAt: [
      'https://rsj.sh.gov.cn（规范性文件·工资福利，2025-07-14发布；正文副本：github.com/Jan-mx/Socila docs/refactor/policy-ops-agent/reports/stage-09-05-national-baseline-overlays/evidence/310000/DOC-SH-MIN-WAGE-2025/extracted-text.txt）',
    ],
    verified: true,
    note: '读到通知全文：从2025年7月1日起，月最低工资从2690元调整到2740元（不含个人依法缴纳的社会保险费和住房公积金、伙食交通住房补贴等），小时最低工资从24元调整为25元。',
  },
  {
    areaPrefix: '44',
    tiers: [
      [2680, 25.4],
      [2300, 21.9],
      [2040, 20.2],
    ],
    ...GD_2026,
    note: '读到通知正文和省人社厅页面所附标准表：一类广州2680元、深圳2700元（深圳另列一行），非全日制均25.4元/小时；二类2300元/21.9元（珠海、佛山、东莞、中山）；三类2040元/20.2元（其余15个地级市）；2026年9月1日起执行。原四类合并为三类。',
  },
  {
    areaPrefix: '4403',
    tiers: [[2700, 25.4]],
    ...GD_2026,
    note: '读到通知正文和省人社厅页面所附标准表：深圳执行一类标准，2700元/月，非全日制25.4元/小时；2026年9月1日起执行。',
  },
  {
    areaPrefix: '44',
    tiers: [
      [2500, 23.7],
      [2080, 19.8],
      [1850, 18.3],
      [1750, 17.4],
    ],
    ...GD_2025,
  },
  { areaPrefix: '4403', tiers: [[2520, 23.7]], ...GD_2025 },
  {
    areaPrefix: '42',
    title: '湖北省人民政府办公厅关于调整全省最低工资标准的通知',
    number: '鄂政办发〔2025〕44号',
    issuer: '湖北省人民政府办公厅',
    effectiveFrom: '2025-12-01',
    tiers: [
      [2400, 24],
      [2130, 21.5],
      [1970, 20],
    ],
    readAt: [
      'https://www.hubei.gov.cn/zfwj/ezbf/202512/t20251226_5842830.shtml（第一、二、七条的逐字引文，见他人的核验记录；未读到通知全文）',
    ],
    verified: false,
    note: '读到的是通知正文第一、二、七条的逐字引文（2025年12月24日印发、12月26日发布），不是全文；自2025年12月1日起执行。',
  },
  {
    areaPrefix: '52',
    title: '贵州省人力资源和社会保障厅调整全省最低工资标准的通知',
    number: null,
    issuer: '贵州省人力资源和社会保障厅',
    effectiveFrom: '2025-02-01',
    tiers: [
      [2130, 22.4],
      [1980, 20.8],
      [1890, 19.8],
    ],
    readAt: [
      'http://www.gzxy.gov.cn/gzxysite/xysrsj/1342/202608/t20260812_90724419.html（兴义市人社局转发，附分县区域划分表；据数据目录的核验记录，未读正文）',
    ],
    verified: false,
    note: '标题据转发记录。执行日期和各档数字出自他人核验兴义市人社局转发页的记录，与人社部全国表（截至2025年7月1日）一致；通知废止黔人社发〔2022〕31号。本通知的文号未读到；各县属于哪一档见通知所附区域划分表。',
  },
  {
    areaPrefix: '51',
    title: '四川省人民政府关于调整全省最低工资标准的通知',
    number: '川府规〔2024〕4号',
    issuer: '四川省人民政府',
    effectiveFrom: '2025-01-01',
    tiers: [
      [2330, 23],
      [2200, 22],
    ],
    readAt: [
      '他人文件中的引用（文号、标题）与第三方汇编 github.com/baijiahei-code/AttendanceDesktop（执行日期）；未读正文',
    ],
    verified: false,
    note: '文号和标题见于他人文件的引用，执行日期出自第三方汇编；数字与人社部全国表（截至2025年7月1日）一致。未读到通知正文。',
  },
  {
    areaPrefix: '50',
    title: '重庆市调整最低工资标准的通知',
    number: '渝人社发〔2024〕22号',
    issuer: '重庆市人力资源和社会保障局',
    effectiveFrom: '2025-01-01',
    tiers: [
      [2330, 23],
      [2200, 22],
    ],
    readAt: ['第三方汇编 github.com/baijiahei-code/AttendanceDesktop（文号、执行日期、各区县所属档次）；未读正文'],
    verified: false,
    note: '标题和发文机关待核对原文件。文号和执行日期只见于第三方汇编，数字与人社部全国表（截至2025年7月1日）一致。',
  },
  {
    areaPrefix: '32',
    title: '江苏省人力资源和社会保障厅关于调整江苏省最低工资标准的通知',
    number: '苏人社规〔2025〕3号',
    issuer: '江苏省人力资源和社会保障厅',
    effectiveFrom: '2026-01-01',
    tiers: [
      [2660, 25],
      [2430, 23],
      [2180, 21],
    ],
    readAt: [
      'https://jshrss.jiangsu.gov.cn/art/2025/12/29/art_77263_11701076.html（他人引用的标题、文号和一类2660元）',
      '第三方汇编 github.com/baijiahei-code/AttendanceDesktop（执行日期、二三类和小时标准）',
    ],
    verified: false,
    note: '标题、文号和一类月标准2660元见于他人对省人社厅页面的引用；执行日期、二三类月标准和小时标准只见于第三方汇编。未读到通知正文。',
  },
  {
    areaPrefix: '33',
    title: '浙江省人民政府关于调整全省最低工资标准的通知',
    number: '浙政发〔2025〕23号',
    issuer: '浙江省人民政府',
    effectiveFrom: '2026-01-01',
    tiers: [
      [2660, 25],
      [2430, 23],
      [2180, 21],
    ],
    readAt: [
      '第三方汇编 github.com/baijiahei-code/AttendanceDesktop（文号、执行日期、各档数字、各设区市所选档次）；未读正文',
    ],
    verified: false,
    note: '标题待核对。文号、执行日期和各档数字只见于第三方汇编；浙江由各设区市在省定档次中选择后公布。请按原文件和本市公布的档次核对。',
  },
  {
    areaPrefix: '34',
    title: '安徽省人民政府办公厅关于调整最低工资标准的通知',
    number: '皖政办秘〔2025〕32号',
    issuer: '安徽省人民政府办公厅',
    effectiveFrom: '2025-09-01',
    tiers: [
      [2320, 23],
      [2170, 22],
      [2100, 21],
      [2000, 20],
    ],
    readAt: ['第三方汇编 github.com/baijiahei-code/AttendanceDesktop（文号、执行日期、四档数字）；未读正文'],
    verified: false,
    note: '标题待核对。文号、执行日期和四档数字只见于第三方汇编（第四档2000元/20元适用于部分县）。未读到通知正文。',
  },
  {
    areaPrefix: '36',
    title: '江西省人民政府办公厅关于调整全省最低工资标准的通知',
    number: '赣府厅字〔2025〕42号',
    issuer: '江西省人民政府办公厅',
    effectiveFrom: '2025-12-01',
    tiers: [
      [2240, 22.4],
      [2090, 20.9],
      [1950, 19.5],
    ],
    readAt: ['第三方汇编 github.com/baijiahei-code/AttendanceDesktop（文号、执行日期、三类区域数字和范围）；未读正文'],
    verified: false,
    note: '标题待核对。文号、执行日期和三类区域数字只见于第三方汇编（三类区域1950元/19.5元适用于各县）。未读到通知正文。',
  },
  {
    areaPrefix: '46',
    title: '海南省最低工资标准调整通知',
    number: '琼人社规〔2025〕7号',
    issuer: '海南省人力资源和社会保障厅',
    effectiveFrom: '2025-12-01',
    tiers: [
      [2250, 20],
      [2070, 18.4],
    ],
    readAt: ['第三方汇编 github.com/baijiahei-code/AttendanceDesktop（文号、执行日期、两类地区数字和范围）；未读正文'],
    verified: false,
    note: '标题待核对。文号、执行日期和两类地区数字只见于第三方汇编（一类：海口、三亚、三沙、儋州）。未读到通知正文。',
  },
];
