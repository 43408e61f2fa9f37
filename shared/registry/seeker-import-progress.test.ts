import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '#test/support/property-runs';
import { checkCharacter } from '../identifiers/resident-id';
import { JOB_TEMPLATE, parseJobRows } from './job-import';
import { PROGRESS_EVERY } from './row-progress';
import { parseSeekerRows, SEEKER_TEMPLATE, seekerIdNumbers } from './seeker-import';

/** The pieces a check in the background needs: the ID numbers to look up first, and how far the check is. */
const TODAY = '2026-11-25';
const header = SEEKER_TEMPLATE.columns.map((c) => c.header);
const instructions = SEEKER_TEMPLATE.columns.map((c) => c.hint);
const withCheck = (first17: string) => first17 + checkCharacter(first17);
const ID_COLUMN = header.indexOf('身份证号');

/** A row of the template with this ID cell and otherwise plain values, some rows broken on purpose. */
const personRow = (idCell: string, broken: boolean): string[] =>
  header.map((h, i) => {
    if (i === ID_COLUMN) return idCell;
    if (h === '姓名') return '李梅';
    if (h === '性别') return '女';
    if (h === '出生日期') return '1990-01-01';
    if (h === '文化程度') return broken ? '研究生' : '初中';
    if (h === '同意匹配') return '是';
    if (h === '同意日期') return '2026-11-20';
    return '';
  });

const idCell = fc.oneof(
  fc.constant(''),
  fc.constantFrom(withCheck('52262619850302001'), withCheck('52262619900814002'), withCheck('11010519491231002')),
  fc.constantFrom('52262619850302001X', '522626198503020010', '5.22626E+17', '123'),
);
const sheetRow = fc.oneof(
  fc.tuple(idCell, fc.boolean()).map(([id, broken]) => personRow(id, broken)),
  fc.constant(header.map(() => '')),
  fc.constant(instructions),
  idCell.map((id) => header.map((_h, i) => (i === ID_COLUMN ? id : ''))),
);

describe('the ID numbers to look up before checking', () => {
  it('are exactly the ones the full check collects, in the same order', () => {
    fc.assert(
      fc.property(fc.array(sheetRow, { maxLength: 12 }), (rows) => {
        const sheet = [header, ...rows];
        expect(seekerIdNumbers(sheet, TODAY)).toEqual(parseSeekerRows(sheet, TODAY, new Set(), 's').idNumbers);
      }),
      propertyRuns(300),
    );
  });

  it('are none when the header lacks a required column', () => {
    expect(seekerIdNumbers([['身份证号'], [withCheck('52262619850302001')]], TODAY)).toEqual([]);
  });
});

describe('a long check says how far it is', () => {
  it('every few hundred rows and once at the end, counting data rows (blank and instruction rows too)', () => {
    const rows = [header, instructions, ...Array.from({ length: 2 * PROGRESS_EVERY + 10 }, () => personRow('', false))];
    const seen: [number, number][] = [];
    const r = parseSeekerRows(rows, TODAY, new Set(), 's', (checked, total) => seen.push([checked, total]));
    const total = rows.length - 1;
    expect(seen).toEqual([
      [PROGRESS_EVERY, total],
      [2 * PROGRESS_EVERY, total],
      [total, total],
    ]);
    expect(r.seekers).toHaveLength(total - 1);
  });

  it('jobs too; and a sheet of a header alone ends at 0 of 0', () => {
    const seen: [number, number][] = [];
    parseJobRows([JOB_TEMPLATE.columns.map((c) => c.header)], TODAY, new Map(), (c, t) => seen.push([c, t]));
    expect(seen).toEqual([[0, 0]]);
  });
});
