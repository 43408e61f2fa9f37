import { describe, expect, it } from 'vitest';
import { checkCharacter } from '../identifiers/resident-id';
import { parseSeekerRows, SEEKER_TEMPLATE } from './seeker-import';

const TODAY = '2026-11-25';
const id = (first17: string) => first17 + checkCharacter(first17);
const header = SEEKER_TEMPLATE.columns.map((c) => c.header);

describe('seeker import', () => {
  it('reads the template example, fills sex and birth date from the ID number, maps skills by name', () => {
    const zhang = id('52262619850302001');
    const r = parseSeekerRows(
      [
        header,
        ['张三', '', '', zhang, '138 0013 8000', '522626101201', '初中', '电工、焊接', '是', '否', '2026/11/20'],
      ],
      TODAY,
      new Set(),
      'staff1',
    );
    expect(r.errors).toEqual([]);
    expect(r.seekers[0]).toMatchObject({
      row: 2,
      name: '张三',
      sex: 'male',
      birthDate: '1985-03-02',
      idNumber: zhang,
      phone: '13800138000',
      education: 'junior',
      skills: [
        { code: 'electrician', level: 'skilled' },
        { code: 'welding', level: 'skilled' },
      ],
      consent: { matching: true, county: false, date: '2026-11-20', recordedBy: 'staff1' },
    });
  });

  it('reports every problem by row and column, and keeps only clean rows', () => {
    const good = id('52262619900101001');
    const rows = [
      header,
      ['李四', '男', '1990-01-01', good, '', '', '初中', '', '是', '是', '2026-11-01'],
      ['王五', '男', '2030-01-01', '', '12345', '', '初中', '魔法', '是', '是', '2026-11-01'],
      ['', '女', '1990-01-01', '', '', '', '初中', '', '否', '是', '2026-11-01'],
      ['李四二', '男', '1990-01-01', good, '', '', '初中', '', '是', '是', '2026-11-01'],
      ['赵六', '女', '1990-01-01', '110105194912310021', '', '', '初中', '', '是', '是', '2026-11-01'],
    ];
    const r = parseSeekerRows(rows, TODAY, new Set(), 's');
    expect(r.seekers.map((s) => s.name)).toEqual(['李四']);
    expect(r.errors).toEqual([
      { row: 3, field: 'phone', code: 'phone.mobile' },
      { row: 3, field: 'skills', code: 'import.skill' },
      { row: 3, field: 'birthDate', code: 'date.future' },
      { row: 4, field: 'name', code: 'name.empty' },
      { row: 4, field: 'consent', code: 'consent.matching' },
      { row: 5, field: 'idNumber', code: 'seeker.duplicateId' },
      { row: 6, field: 'idNumber', code: 'residentId.checksum' },
    ]);
  });

  it('refuses an ID number already registered, and a file without the required columns', () => {
    const known = id('52262619900101001');
    const r = parseSeekerRows(
      [header, ['李四', '男', '1990-01-01', known, '', '', '初中', '', '是', '是', '2026-11-01']],
      TODAY,
      new Set([known]),
      's',
    );
    expect(r.errors).toEqual([{ row: 2, field: 'idNumber', code: 'seeker.duplicateId' }]);
    expect(parseSeekerRows([['名字', '电话']], TODAY, new Set(), 's').errors.map((e) => e.field)).toEqual([
      'name',
      'consentMatching',
      'consentDate',
    ]);
  });

  it('refuses a 200-character name', () => {
    const r = parseSeekerRows(
      [header, ['名'.repeat(200), '女', '1990-01-01', '', '', '', '初中', '', '是', '是', '2026-11-01']],
      TODAY,
      new Set(),
      's',
    );
    expect(r.errors).toEqual([{ row: 2, field: 'name', code: 'name.long' }]);
  });
});
