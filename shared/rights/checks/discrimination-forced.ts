import { scanText, type KeywordGroup } from '../keywords';
import { cite } from '../legal';
import { defineCheck, type Check, type Verdict } from '../types';
import type { FactKey } from '../facts';
import { missing, NOTHING_TO_DO } from './common';

function scanVerdict(text: string | null, group: KeywordGroup): Verdict {
  if (text === null) return missing('postingText');
  const hits = scanText(text, group);
  if (hits.length === 0) return { status: 'pass', reason: 'clean' };
  const status = hits.some((h) => h.rule.verdict === 'fail') ? 'fail' : 'warn';
  return {
    status,
    reason: status === 'fail' ? 'forbidden-wording' : 'questionable-wording',
    params: {
      kinds: hits.map((h) => h.rule.label.zh).join('、'),
      kindsEn: hits.map((h) => h.rule.label.en).join(', '),
      words: hits.flatMap((h) => h.matches).join('、'),
      rules: hits.map((h) => h.rule.id).join(','),
    },
  };
}

const answerCheck =
  (yes: Verdict, no: Verdict) =>
  (value: boolean | null, field: FactKey): Verdict =>
    value === null ? missing(field) : value ? yes : no;

export const DISCRIMINATION_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'discrimination.posting-text',
    cluster: 'discrimination',
    point: 'recruitment',
    question: { zh: '招聘信息是否含有歧视性条件？', en: 'Does the posting set discriminatory conditions?' },
    severity: 'high',
    sources: [cite('employment-promotion-law', 'art. 3, 27, 30, 31'), cite('labour-law', 'art. 15')],
    reads: ['postingText'],
    contexts: ['posting'],
    evidence: 'record',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f) => scanVerdict(f.postingText, 'discrimination'),
    reasons: {
      clean: {
        explanation: { zh: '招聘信息中没有发现歧视性用语。', en: 'No discriminatory wording found in the posting.' },
        nextStep: NOTHING_TO_DO,
      },
      'forbidden-wording': {
        explanation: {
          zh: '招聘信息含有法律禁止的条件（{kinds}）：“{words}”。',
          en: 'The posting sets conditions the law forbids ({kindsEn}): "{words}".',
        },
        nextStep: {
          zh: '请用人单位删除这些条件后再发布（性别要求仅限国家规定不适合妇女的工种）。',
          en: 'Ask the employer to remove these conditions before publishing (a sex requirement only for work the law forbids for women).',
        },
      },
      'questionable-wording': {
        explanation: {
          zh: '招聘信息含有需要正当理由的条件（{kinds}）：“{words}”。',
          en: 'The posting sets conditions that need a reason ({kindsEn}): "{words}".',
        },
        nextStep: {
          zh: '询问用人单位理由；没有与岗位直接相关的理由就删除。',
          en: 'Ask the employer why; remove it unless the job itself requires it.',
        },
      },
    },
  }),
];

export const FORCED_LABOUR_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'forced.posting-deposit',
    cluster: 'forced-labour',
    point: 'coercion',
    question: {
      zh: '招聘信息是否要求押金、扣押证件或押工资？',
      en: 'Does the posting ask for a deposit, keep papers or hold back wages?',
    },
    severity: 'critical',
    sources: [cite('labour-contract-law', 'art. 9, 84'), cite('wage-payment-provisions', 'art. 7')],
    reads: ['postingText'],
    contexts: ['posting'],
    evidence: 'record',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f) => scanVerdict(f.postingText, 'deposit'),
    reasons: {
      clean: {
        explanation: {
          zh: '招聘信息中没有押金、扣押证件或押工资的内容。',
          en: 'The posting asks for no deposit, papers or held-back wages.',
        },
        nextStep: NOTHING_TO_DO,
      },
      'forbidden-wording': {
        explanation: {
          zh: '招聘信息含有违法内容（{kinds}）：“{words}”。用人单位不得扣押身份证等证件，不得以任何名义收取财物。',
          en: 'The posting contains unlawful terms ({kindsEn}): "{words}". An employer may not keep ID papers or take money or property in any name.',
        },
        nextStep: {
          zh: '不予发布；告知用人单位违法后果（由劳动行政部门责令退还并罚款）。',
          en: 'Do not publish; tell the employer the consequence (ordered to return it, and fined).',
        },
      },
    },
  }),
  defineCheck({
    id: 'forced.papers-held',
    cluster: 'forced-labour',
    point: 'coercion',
    question: {
      zh: '用人单位是否扣押了身份证、银行卡或其他证件？',
      en: "Does the employer keep the worker's ID card, bank card or other papers?",
    },
    severity: 'critical',
    sources: [cite('labour-contract-law', 'art. 9, 84'), cite('migrant-wage-regulations', '')],
    reads: ['idOrBankCardHeld'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f) =>
      answerCheck({ status: 'fail', reason: 'held' }, { status: 'pass', reason: 'not-held' })(
        f.idOrBankCardHeld,
        'idOrBankCardHeld',
      ),
    reasons: {
      held: {
        explanation: {
          zh: '用人单位扣押了劳动者的证件或银行卡，这是违法的。',
          en: "The employer keeps the worker's papers or bank card: this is unlawful.",
        },
        nextStep: {
          zh: '要求立即归还；不归还的，向劳动监察投诉。',
          en: 'Ask for them back at once; if not returned, complain to labour inspection.',
        },
      },
      'not-held': {
        explanation: { zh: '证件和银行卡由劳动者本人保管。', en: 'The worker keeps their own papers and bank card.' },
        nextStep: NOTHING_TO_DO,
      },
    },
  }),
  defineCheck({
    id: 'forced.deposit-taken',
    cluster: 'forced-labour',
    point: 'coercion',
    question: { zh: '劳动者是否交过押金、保证金或其他费用？', en: 'Did the worker pay a deposit, bond or other fee?' },
    severity: 'critical',
    sources: [cite('labour-contract-law', 'art. 9, 84')],
    reads: ['depositTaken'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f) =>
      answerCheck({ status: 'fail', reason: 'taken' }, { status: 'pass', reason: 'none' })(
        f.depositTaken,
        'depositTaken',
      ),
    reasons: {
      taken: {
        explanation: {
          zh: '用人单位向劳动者收取了押金或其他财物，这是违法的。',
          en: 'The employer took a deposit or other property from the worker: this is unlawful.',
        },
        nextStep: {
          zh: '要求退还；不退还的，向劳动监察投诉（每人500–2000元罚款）。',
          en: 'Ask for it back; if refused, complain to labour inspection (a fine of 500–2,000 yuan per worker).',
        },
      },
      none: {
        explanation: { zh: '没有收取押金或费用。', en: 'No deposit or fee was taken.' },
        nextStep: NOTHING_TO_DO,
      },
    },
  }),
];
