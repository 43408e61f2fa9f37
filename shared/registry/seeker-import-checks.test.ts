import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../identifiers/resident-id';
import { presetGrid } from '../schedule/week-grid';
import { parseSeekerRows, SEEKER_TEMPLATE } from './seeker-import';

/** What real Excel files bring to the seeker import, and what it must refuse rather than guess. */
const TODAY = '2026-11-25';
const id = (first17: string) => first17 + checkCharacter(first17);
const header = SEEKER_TEMPLATE.columns.map((c) => c.header);
const instructions = SEEKER_TEMPLATE.columns.map((c) => c.hint);
const MALE_1985 = id('52262619850302001');

/** A clean row in template order, with the cells given replaced. */
function row(over: Partial<Record<string, string>> = {}): string[] {
  const base: Record<string, string> = {
    姓名: '李梅',
    性别: '女',
    出生日期: '1990-01-01',
    身份证号: '',
    手机: '',
    村代码: '',
    文化程度: '初中',
    技能: '',
    同意匹配: '是',
    同意报县: '是',
    同意日期: '2026-11-20',
    工作时间: '周一到五全天',
    ...over,
  };
  return header.map((h) => base[h] ?? '');
}

const parse = (...rows: string[][]) => parseSeekerRows([header, ...rows], TODAY, new Set(), 'staff1');

describe('seeker import: cells as Excel gives them', () => {
  it('accepts dates as Excel serial numbers and as Y/M/D text', () => {
    const r = parse(
      row({ 出生日期: '31108', 性别: '女', 同意日期: '46346' }),
      row({ 出生日期: '1985/3/2', 性别: '女' }),
    );
    expect(r.errors).toEqual([]);
    expect(r.seekers.map((s) => s.birthDate)).toEqual(['1985-03-02', '1985-03-02']);
    expect(r.seekers[0]?.consent.date).toBe('2026-11-20');
  });

  it('explains an ID number that Excel turned into a number, in .xlsx and CSV form', () => {
    const r = parse(
      row({ 身份证号: '522626198503021000', 性别: '男', 出生日期: '1985-03-02' }),
      row({ 姓名: '王强', 性别: '男', 出生日期: '1985-03-02', 身份证号: '5.22626E+17' }),
    );
    expect(r.errors).toEqual([
      { row: 2, field: 'idNumber', code: 'import.idAsNumber' },
      { row: 3, field: 'idNumber', code: 'import.idAsNumber' },
    ]);
    expect(r.names.get(3)).toBe('王强');
  });

  it('skips the instructions row and refuses the example row', () => {
    const r = parseSeekerRows([header, instructions, [...SEEKER_TEMPLATE.sample], row()], TODAY, new Set(), 's');
    expect(r.errors).toEqual([{ row: 3, field: 'name', code: 'import.sampleRow' }]);
    expect(r.seekers.map((s) => s.name)).toEqual(['李梅']);
  });
});

describe('seeker import: refuses rather than substitutes', () => {
  it('an ID number that contradicts the sex or the birth date in the same row', () => {
    const r = parse(
      row({ 身份证号: MALE_1985, 性别: '女', 出生日期: '' }),
      row({ 身份证号: id('52262619850302003'), 性别: '', 出生日期: '1986-03-02' }),
      row({ 身份证号: MALE_1985, 性别: '男', 出生日期: '1985-03-02' }),
      row({ 身份证号: id('52262619850302005'), 性别: '男', 出生日期: '1985-03-02' }),
    );
    expect(r.errors).toEqual([
      { row: 2, field: 'sex', code: 'import.idSex' },
      { row: 3, field: 'birthDate', code: 'import.idBirth' },
      { row: 4, field: 'idNumber', code: 'seeker.duplicateId' },
    ]);
    expect(r.seekers.map((x) => x.row)).toEqual([5]);
  });

  it('an education level not in the list, or none', () => {
    const r = parse(row({ 文化程度: '研究生', 性别: '女' }), row({ 文化程度: '', 性别: '女' }));
    expect(r.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'import.education'],
      [3, 'import.education'],
    ]);
    expect(r.seekers).toEqual([]);
  });

  it('working hours: a choice, a range or both are imported; unreadable is refused; blank is a warning', () => {
    const r = parse(
      row({ 性别: '女', 工作时间: '每天上午' }),
      row({ 姓名: '赵兰', 性别: '女', 工作时间: '白天8-17' }),
      row({ 姓名: '孙丽', 性别: '女', 工作时间: '有空就行' }),
      row({ 姓名: '周芳', 性别: '女', 工作时间: '' }),
    );
    expect(r.seekers[0]?.availability).toBe(presetGrid('mornings'));
    expect(r.seekers[1]?.availability).not.toBe(r.seekers[0]?.availability);
    expect(r.errors).toEqual([{ row: 4, field: 'availability', code: 'import.hours' }]);
    expect(r.warnings).toEqual([{ row: 5, field: 'availability', code: 'import.noHours' }]);
    expect(r.seekers.map((s) => s.name)).toEqual(['李梅', '赵兰', '周芳']);
    expect(r.names.get(4)).toBe('孙丽');
  });
});

describe('seeker import: every problem of a row is told at once', () => {
  it('the ID number of a refused row is still looked up among those registered', () => {
    const first = parse(row({ 身份证号: MALE_1985, 性别: '', 出生日期: '', 文化程度: '' }));
    expect(first.idNumbers).toEqual([MALE_1985]);
    const r = parseSeekerRows(
      [header, row({ 身份证号: MALE_1985, 性别: '', 出生日期: '', 文化程度: '' })],
      TODAY,
      new Set(first.idNumbers),
      's',
    );
    expect(r.errors.map((e) => e.code)).toEqual(['import.education', 'seeker.duplicateId']);
  });
});
