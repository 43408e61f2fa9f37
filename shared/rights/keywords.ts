import { cite } from './legal';
import { papersHeld } from './papers-held';
import type { LegalSource, Text } from './types';

/**
 * Wording in a posting that the law forbids or that needs a reason. A table: each entry has its category,
 * what it finds, the verdict and its legal source. Text is compared after NFKC (full-width → half-width),
 * lower-casing and removing white space; phrases that deny a requirement ("男女不限", "无押金") are removed first.
 */
export type KeywordGroup = 'discrimination' | 'deposit';

export interface KeywordRule {
  readonly id: string;
  readonly group: KeywordGroup;
  readonly label: Text;
  readonly verdict: 'fail' | 'warn';
  readonly sources: readonly LegalSource[];
  /** the matched phrases in the normalised text */
  readonly find: (text: string) => readonly string[];
}

export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

const words = (...list: readonly string[]) => {
  const normalised = list.map(normalise);
  return (text: string): readonly string[] => list.filter((_, i) => text.includes(normalised[i] as string));
};

const regexes =
  (...list: readonly RegExp[]) =>
  (text: string): readonly string[] =>
    list.flatMap((r) => [...text.matchAll(new RegExp(r.source, 'g'))].map((m) => m[0]));

/** Phrases that say there is no such requirement; removed before matching. */
export const NEGATIONS: readonly string[] = [
  '男女不限',
  '不限男女',
  '男女均可',
  '性别不限',
  '不限性别',
  '男女皆可',
  '户籍不限',
  '不限户籍',
  '户口不限',
  '不限户口',
  '民族不限',
  '不限民族',
  '不收押金',
  '无押金',
  '无需押金',
  '免押金',
  '不收取押金',
  '不交押金',
  '不收保证金',
  '无保证金',
  '不扣押',
  '不收任何费用',
  '不收取任何费用',
  '年龄不限',
  '不限年龄',
  '不歧视乙肝',
  '乙肝携带者可',
  '乙肝不限',
];

const CHILD_AGE = 16;

/** Lower age bounds under 16 ("14岁以上", "14-20岁"): child labour. */
function childAges(text: string): readonly string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d{1,2})(?:周岁|岁)(?:或)?(?:以上|及以上)/g))
    if (Number(m[1]) < CHILD_AGE) out.push(m[0]);
  for (const m of text.matchAll(/(\d{1,2})(?:-|—|~|至|到)(\d{1,2})(?:周岁|岁)/g))
    if (Number(m[1]) < CHILD_AGE) out.push(m[0]);
  return out;
}

/** Upper age limits ("35岁以下", "18-35岁", "不超过45岁", "under 40"). */
function upperAges(text: string): readonly string[] {
  return regexes(
    /\d{2}(?:周岁|岁)(?:以下|以内|之内)/,
    /\d{1,2}(?:-|—|~|至|到)\d{2}(?:周岁|岁)/,
    /(?:不超过|不大于|小于|低于|未满)\d{2}(?:周岁|岁)/,
    /(?:under|below|notover|aged\d{2}-)\d{2}/,
  )(text);
}

const EPL = 'employment-promotion-law';

export const KEYWORD_RULES: readonly KeywordRule[] = [
  {
    id: 'sex',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 3, 27')],
    label: { zh: '性别要求', en: 'sex requirement' },
    find: words(
      '限男',
      '限女',
      '仅限男',
      '仅限女',
      '只招男',
      '只招女',
      '只要男',
      '只要女',
      '男性优先',
      '女性优先',
      '男士优先',
      '女士优先',
      '男生优先',
      '女生优先',
      'men only',
      'women only',
      'male only',
      'female only',
    ),
  },
  {
    id: 'marriage-pregnancy',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 27'), cite('women-protection-provisions', 'art. 5')],
    label: { zh: '婚育或怀孕限制', en: 'marriage, childbirth or pregnancy condition' },
    find: words(
      '未婚',
      '未育',
      '已婚已育',
      '已育',
      '孕妇勿扰',
      '不得怀孕',
      '不能怀孕',
      '不生育',
      '暂不生育',
      '怀孕者',
      'not pregnant',
      'unmarried',
    ),
  },
  {
    id: 'ethnicity',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 3')],
    label: { zh: '民族限制', en: 'ethnicity requirement' },
    find: words(
      '限汉族',
      '仅限汉族',
      '汉族优先',
      '只招汉族',
      '不招少数民族',
      '少数民族勿扰',
      '不要少数民族',
      '限本民族',
    ),
  },
  {
    id: 'religion',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 3')],
    label: { zh: '宗教信仰限制', en: 'religion requirement' },
    find: words('无宗教信仰', '不信教', '不招信教', '信教者勿扰'),
  },
  {
    id: 'hukou',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 31')],
    label: { zh: '户籍限制', en: 'household-registration (hukou) requirement' },
    find: words(
      '本地户口',
      '本地户籍',
      '本县户籍',
      '本县户口',
      '城镇户口',
      '城市户口',
      '非农户口',
      '不招农村',
      '农村户口勿扰',
      '限本地人',
      'local hukou',
      'urban hukou',
    ),
  },
  {
    id: 'hepatitis-b',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite(EPL, 'art. 30')],
    label: { zh: '乙肝病原携带者限制', en: 'hepatitis-B carrier condition' },
    find: words('乙肝', '澳抗', '两对半', '大三阳', '小三阳', 'hbsag', 'hepatitisb'),
  },
  {
    id: 'child-age',
    group: 'discrimination',
    verdict: 'fail',
    sources: [cite('labour-law', 'art. 15'), cite('child-labour-provisions', 'art. 2')],
    label: { zh: '招收未满16周岁人员', en: 'recruits children under 16' },
    find: childAges,
  },
  {
    id: 'age-limit',
    group: 'discrimination',
    verdict: 'warn',
    sources: [cite(EPL, 'art. 3')],
    label: { zh: '年龄上限（需有正当理由）', en: 'upper age limit (needs a reason)' },
    find: upperAges,
  },
  {
    id: 'disability',
    group: 'discrimination',
    verdict: 'warn',
    sources: [cite('disability-employment-regulations', 'art. 8')],
    label: {
      zh: '排斥残疾人（需核实岗位要求）',
      en: 'excludes people with disabilities (check the job really needs it)',
    },
    find: words('身体健全', '无残疾', '残疾人勿扰', '不招残疾'),
  },
  {
    id: 'deposit',
    group: 'deposit',
    verdict: 'fail',
    sources: [cite('labour-contract-law', 'art. 9, 84')],
    label: { zh: '收取押金、保证金或其他财物', en: 'takes a deposit, bond or other property' },
    find: words('押金', '保证金', '抵押金', '风险金', '服装费', '工装费', '报名费', '介绍费', 'deposit'),
  },
  {
    id: 'id-withholding',
    group: 'deposit',
    verdict: 'fail',
    sources: [cite('labour-contract-law', 'art. 9, 84'), cite('migrant-wage-regulations', '')],
    label: { zh: '扣押身份证、银行卡或其他证件', en: 'keeps the ID card, bank card or other papers' },
    find: papersHeld,
  },
  {
    id: 'wage-withholding',
    group: 'deposit',
    verdict: 'fail',
    sources: [cite('wage-payment-provisions', 'art. 7'), cite('migrant-wage-regulations', '')],
    label: { zh: '押工资、压工资', en: 'holds back wages' },
    find: words('押工资', '压工资', '押一个月工资', '压一个月', '押半个月', '年底结清', '年底一次性结算'),
  },
];

export interface KeywordHit {
  readonly rule: KeywordRule;
  readonly matches: readonly string[];
}

const NORMALISED_NEGATIONS: readonly string[] = NEGATIONS.map(normalise);

export function scanText(text: string, group: KeywordGroup): readonly KeywordHit[] {
  let t = normalise(text);
  for (const n of NORMALISED_NEGATIONS) t = t.split(n).join('|');
  return KEYWORD_RULES.filter((r) => r.group === group)
    .map((rule) => ({ rule, matches: [...new Set(rule.find(t))] }))
    .filter((h) => h.matches.length > 0);
}
