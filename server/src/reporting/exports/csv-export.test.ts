import { describe, expect, it } from 'vitest';
import { fakeLedger } from '../../test-support/fake-reporting';
import { ledgerCsvChunks } from './csv-export';

async function csvOf(rows: number, full = false): Promise<string> {
  let text = '';
  for await (const chunk of ledgerCsvChunks({ source: fakeLedger('trainees', rows), filter: {}, full, at: 0 }))
    text += chunk;
  return text;
}

describe('a ledger as .csv', () => {
  it('starts with the byte-order mark and the Chinese header, and ends every line with CRLF', async () => {
    const text = await csvOf(2);
    expect(text.startsWith('\uFEFF姓名,身份证号码,手机号,开始日期,更新时间,学时,出勤率\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it('quotes fields with commas or quotes, masks numbers, writes dates as YYYY-MM-DD and percentages', async () => {
    const lines = (await csvOf(2)).split('\r\n');
    expect(lines[1]).toBe('求职者0,5226**********0023,138****8000,2026-11-03,2026-11-03 09:30,32,87.5%');
    expect(lines[2]).toBe('"张三, ""小张""",5226**********0023,138****8000,2026-11-03,2026-11-03 09:30,32,87.5%');
  });

  it('writes full numbers only when asked', async () => {
    expect((await csvOf(1, true)).split('\r\n')[1]).toContain(',522626199001010023,13812348000,');
  });

  it('keeps text a spreadsheet would run as a formula as text', async () => {
    const source = fakeLedger('trainees', 1, () => ({ name: '=HYPERLINK("x")' }));
    let text = '';
    for await (const chunk of ledgerCsvChunks({ source, filter: {}, full: false, at: 0 })) text += chunk;
    expect(text.split('\r\n')[1]?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
  });

  it('with nothing selected, is the header and a note saying nothing matched', async () => {
    const lines = (await csvOf(0)).split('\r\n');
    expect(lines.slice(1)).toEqual(['没有符合筛选条件的记录', '']);
  });
});
