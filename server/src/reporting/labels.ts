/** Words for the codes the ledgers show, in Chinese (the county's language; exports and screens alike). */
export const WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sex: { male: '男', female: '女' },
  seekerStatus: { active: '求职中', placed: '已就业', inactive: '暂停求职', withdrawn: '已退出' },
  group: {
    'single-parent': '单亲家庭',
    'age-50-plus': '50岁以上',
    disability: '残疾人',
    'poverty-relief': '脱贫人口',
    returnee: '返乡人员',
    'low-income': '低收入',
    'long-unemployed': '长期失业',
  },
  jobStatus: { open: '招聘中', closed: '已关闭' },
  payKind: { monthly: '月薪', daily: '日薪', hourly: '时薪', piece: '计件' },
  contractKind: { labour: '劳动合同', 'part-time': '非全日制', 'labour-service': '劳务协议', none: '无合同' },
  referralStatus: {
    suggested: '建议',
    referred: '已推荐',
    interviewed: '已面试',
    hired: '已录用',
    'not-hired': '未录用',
  },
  placementStatus: { active: '在岗', ended: '已离职' },
  visitKind: { 'week-1': '1周回访', 'month-1': '1个月回访', 'month-3': '3个月回访', extra: '其他回访' },
  visitStatus: { done: '已回访', due: '待回访', overdue: '逾期未回访' },
  enrolmentStatus: { enrolled: '在读', completed: '已结业', waiting: '候补', withdrawn: '已退出' },
  eligibility: {
    eligible: '符合',
    'not-eligible': '不符合',
    'on-track': '进行中',
    warning: '进行中',
    'at-risk': '进行中',
    'no-subsidy': '无补贴项目',
  },
  severity: { critical: '严重', high: '高', medium: '中', low: '低' },
  findingStatus: { fail: '不合规', warn: '需注意' },
  subjectKind: { posting: '岗位', placement: '在岗人员' },
  duplicateStatus: { open: '待处理', resolved: '已处理' },
  yesNo: { '1': '是', '0': '否' },
};

/** The word for a code, or the code itself when there is none (a newer app's value). */
export function word(list: string, value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  const code = String(value);
  return WORDS[list]?.[code] ?? code;
}

/** A comma-separated list of codes as words, joined with the Chinese comma. */
export const words = (list: string, value: unknown): string =>
  String(value ?? '')
    .split(',')
    .filter(Boolean)
    .map((c) => word(list, c))
    .join('、');
