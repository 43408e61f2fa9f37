/**
 * Wording by which an employer keeps a worker's papers or cards (劳动合同法 art. 9, 84): a document
 * (身份证, 证件, 毕业证, 银行卡 …) and a keeping verb (保管, 押, 扣, 交给, 留存 …) in the same clause, in either
 * order. Works on normalised text (keywords.ts `normalise`: NFKC, lower case, no white space).
 *
 * Not a match:
 * - a copy or a number (身份证复印件交人事, 留下身份证号码): only the original is kept unlawfully;
 * - bringing or showing a paper (请携带身份证原件面试, 出示身份证): no verb of keeping;
 * - the worker keeping it (证件由本人保管) and denials (不扣押证件, 严禁收取身份证);
 * - unrelated uses of the same characters (扣除社保, 扣款, 押金 — the deposit rule has 押金; 交通, 交社保).
 */

const DOCUMENTS = [
  '身份证',
  '居民身份证',
  '证件',
  '毕业证',
  '学历证',
  '学位证',
  '银行卡',
  '工资卡',
  '存折',
  '户口本',
  '户口簿',
  '驾驶证',
  '驾照',
  '护照',
  '社保卡',
  '资格证',
  '技能证',
  '职业资格证书',
];

/** Verbs of keeping after the document (身份证由公司保管, 银行卡交给老板, 毕业证押在厂里). */
const KEEP_AFTER = [
  '扣押',
  '扣留',
  '暂扣',
  '扣下',
  '扣着',
  '抵押',
  '押(?!金)',
  '保管',
  '代管',
  '统一管理',
  '收走',
  '收取',
  '收缴',
  '上交',
  '交给',
  '交由',
  '交予',
  '交到',
  '交于',
  '交(?:公司|厂|单位|老板|财务|人事|主管)',
  '留存',
  '留在',
  '留下',
  '留厂',
  '留公司',
  '寄存',
  '暂存',
  '存放',
];

/** Verbs of keeping before the document (扣押身份证, 统一保管工资卡, 上交毕业证原件). */
const KEEP_BEFORE = [
  '扣押',
  '扣留',
  '暂扣',
  '扣(?!除|款|税|费|缴|减)',
  '押',
  '抵押',
  '收(?!到|入|益)',
  '收取',
  '收走',
  '收缴',
  '上交',
  '(?<!提|递)交',
  '保管',
  '代管',
  '代为保管',
  '统一保管',
  '留',
  '留存',
];

const DOC = `(?:${[...DOCUMENTS].sort((a, b) => b.length - a.length).join('|')})`;
/** what follows a document when only a copy or its number is meant */
const COPY = '(?:复印|影印|扫描|照片|拍照|号码|号|信息)';
/** the wording denies it */
const DENIAL = '(?:不|无|勿|未|别|禁止|严禁|不得|不会|不准|绝不|从不)';
/** the worker keeps it */
const WORKER = /本人|自己|自行|个人|员工手中|劳动者/;
/** stays inside one clause: no sentence punctuation in between */
const GAP = (n: number) => `[^，。；！？,.;!?|]{0,${n}}?`;

const AFTER = new RegExp(`${DOC}(?!${COPY})(${GAP(10)})(${KEEP_AFTER.join('|')})`, 'g');
const BEFORE = new RegExp(`(${KEEP_BEFORE.join('|')})(${GAP(4)})${DOC}(?!${COPY})`, 'g');
const DENIED_END = new RegExp(`${DENIAL}$`);

/** The phrases that say the employer keeps a worker's papers or cards. */
export function papersHeld(text: string): readonly string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AFTER)) {
    const between = m[1] ?? '';
    if (new RegExp(COPY).test(between) || DENIED_END.test(between) || WORKER.test(between)) continue;
    out.push(m[0]);
  }
  for (const m of text.matchAll(BEFORE)) {
    const before = text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0);
    if (DENIED_END.test(before) || WORKER.test(before) || new RegExp(COPY).test(m[2] ?? '')) continue;
    out.push(m[0]);
  }
  return out;
}
