import { ageOn } from '../dates';
import { cite } from '../legal';
import { defineCheck, type Check } from '../types';
import { missing } from './common';

const CHILD_AGE = 16;
const ADULT_AGE = 18;

export const CHILD_LABOUR_CHECKS: readonly Check[] = [
  defineCheck({
    id: 'child.minimum-age',
    cluster: 'child-labour',
    point: 'minimum-age',
    question: { zh: '劳动者是否已满16周岁？', en: 'Is the worker at least 16 years old?' },
    severity: 'critical',
    sources: [cite('labour-law', 'art. 15'), cite('child-labour-provisions', 'art. 2')],
    reads: ['birthDate'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f, ctx) => {
      if (f.birthDate === null) return missing('birthDate');
      const age = ageOn(f.birthDate, ctx.date);
      return age < CHILD_AGE
        ? { status: 'fail', reason: 'child', params: { age } }
        : { status: 'pass', reason: 'old-enough', params: { age } };
    },
    reasons: {
      child: {
        explanation: {
          zh: '劳动者只有{age}周岁，未满16周岁，属于使用童工。',
          en: 'The worker is {age}, under 16: this is child labour.',
        },
        nextStep: {
          zh: '立即停止用工并送返监护人；向劳动监察报告。',
          en: 'Stop the work at once and return the child to the guardians; report to labour inspection.',
        },
      },
      'old-enough': {
        explanation: { zh: '劳动者{age}周岁，已满16周岁。', en: 'The worker is {age}, at least 16.' },
        nextStep: { zh: '无需处理。', en: 'Nothing to do.' },
      },
    },
  }),
  defineCheck({
    id: 'child.young-worker',
    cluster: 'child-labour',
    point: 'young-workers',
    question: {
      zh: '16–17周岁的未成年工是否得到特殊保护？',
      en: 'Are workers aged 16–17 given the protection young workers need?',
    },
    severity: 'high',
    sources: [cite('labour-law', 'art. 64, 65')],
    reads: ['birthDate'],
    contexts: ['placement'],
    evidence: 'document',
    referral: ['labour-inspection', 'hotline-12333'],
    evaluate: (f, ctx) => {
      if (f.birthDate === null) return missing('birthDate');
      const age = ageOn(f.birthDate, ctx.date);
      if (age < CHILD_AGE) return null;
      if (age < ADULT_AGE) return { status: 'warn', reason: 'young-worker', params: { age } };
      return { status: 'pass', reason: 'adult', params: { age } };
    },
    reasons: {
      'young-worker': {
        explanation: {
          zh: '劳动者{age}周岁，是未成年工：不得从事矿山井下、有毒有害、第四级体力劳动强度等工作，须定期健康检查。',
          en: 'The worker is {age}, a young worker: no mining, toxic or level-4 physical work; regular health checks are required.',
        },
        nextStep: {
          zh: '核实岗位不在禁忌范围内，提醒用人单位安排健康检查并登记。',
          en: 'Check the job is not prohibited work; remind the employer to arrange health checks and register the young worker.',
        },
      },
      adult: {
        explanation: { zh: '劳动者{age}周岁，已成年。', en: 'The worker is {age}, an adult.' },
        nextStep: { zh: '无需处理。', en: 'Nothing to do.' },
      },
    },
  }),
  defineCheck({
    id: 'child.home-piecework',
    cluster: 'child-labour',
    point: 'home-based-work',
    question: {
      zh: '居家计件活是否有未满16周岁的家庭成员帮忙做？',
      en: 'Do family members under 16 help with the home-based piecework?',
    },
    severity: 'critical',
    sources: [cite('labour-law', 'art. 15'), cite('child-labour-provisions', 'art. 2')],
    reads: ['workplace', 'childrenHelpWithHomeWork'],
    contexts: ['placement'],
    evidence: 'interview',
    referral: ['labour-inspection'],
    evaluate: (f) => {
      if (f.workplace === null) return missing('workplace');
      if (f.workplace !== 'home-based') return null;
      if (f.childrenHelpWithHomeWork === null) return missing('childrenHelpWithHomeWork');
      return f.childrenHelpWithHomeWork
        ? { status: 'fail', reason: 'children-help' }
        : { status: 'pass', reason: 'no-children' };
    },
    reasons: {
      'children-help': {
        explanation: {
          zh: '居家计件活有未满16周岁的孩子帮忙，可能影响上学和健康，属于童工风险。',
          en: 'Children under 16 help with the home-based piecework: a child-labour risk that can harm schooling and health.',
        },
        nextStep: {
          zh: '向家庭说明规定；与用人单位商定合理的计件量，避免孩子参与。',
          en: 'Explain the rule to the family; agree a realistic quota with the employer so children need not help.',
        },
      },
      'no-children': {
        explanation: {
          zh: '没有未成年家庭成员参与居家计件活。',
          en: 'No under-age family members help with the home-based work.',
        },
        nextStep: { zh: '无需处理。', en: 'Nothing to do.' },
      },
    },
  }),
];
