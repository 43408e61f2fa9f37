import { describe, expect, it } from 'vitest';
import { scanText } from './keywords';

const ids = (text: string, group: 'discrimination' | 'deposit') => scanText(text, group).map((h) => h.rule.id);

describe('posting wording', () => {
  it.each([
    ['招聘缝纫工，限女性，35岁以下', ['sex', 'age-limit']],
    ['仅限本地户口，无乙肝', ['hukou', 'hepatitis-b']],
    ['要求未婚未育', ['marriage-pregnancy']],
    ['汉族优先', ['ethnicity']],
    ['14岁以上即可', ['child-age']],
    ['年龄18-45岁', ['age-limit']],
    ['１８周岁以上，男女不限，户籍不限', []],
    ['16岁以上可报名', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text, 'discrimination')).toEqual(expected);
  });

  it.each([
    ['入职交押金200元', ['deposit']],
    ['需扣押身份证原件', ['id-withholding']],
    ['押一个月工资', ['wage-withholding']],
    ['无押金，不扣押证件，月结', []],
  ])('%s → %j', (text, expected) => {
    expect(ids(text, 'deposit')).toEqual(expected);
  });
});
