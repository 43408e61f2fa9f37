import type { ParameterRow } from '../../entities/rule-parameter';
import { WAGE_NOTICES, type Tiers, type WageNotice } from './minimum-wage-notices';

/**
 * The minimum wages of every province-level region, as tier rows of the rule table. Notes are written for the
 * county admin who reads them on the rules screen: in Chinese.
 *
 * Two kinds of rows. Provincial notices (./minimum-wage-notices.ts), each with its document number where one was
 * read, its effective date and where it was read, verified only where its own text was. And, for the provinces
 * whose notice was not found, the Ministry of Human Resources and Social Security's national table 全国各地区最低
 * 工资标准情况 (截至 2025 年 7 月 1 日), read in a transcription without its column of dates: each such row starts on
 * 2025-07-01, the day the table says the standard was in force (it may have started earlier, and a province may
 * have raised it since: the Ministry's edition 截至 2026 年 1 月 1 日 exists and was not read). A later notice's
 * rows replace a province's earlier set from their date on (lookup.ts). Which county is in which tier is the
 * province's own list, which is not here: until the county admin enters an 'area-tier' row, a check compares with
 * every tier and says when only the lowest is met.
 */
export const NATIONAL_TABLE = '人社部《全国各地区最低工资标准情况》（截至2025年7月1日）';
const TABLE_AS_OF = '2025-07-01';
const NOTE =
  '转录自人社部全国表（未读到原表页面和本省文件，文号待补）；表中未列执行日期，此处从表的截止日起算，之后可能已上调（人社部另有截至2026年1月1日的新表，未读到）。';

function tierRows(areaPrefix: string, tiers: Tiers, from: string, source: string, verified: boolean, note: string) {
  return tiers.map(([monthly, hourly], i): ParameterRow => ({
    areaPrefix,
    effectiveFrom: from,
    source,
    verified,
    note,
    value: { kind: 'minimum-wage', tier: tiers.length === 1 ? null : i + 1, monthly, hourly },
  }));
}

/** A notice's rows: the source names the notice and its number (or says none was read); the note says where. */
function noticeRows(n: WageNotice): ParameterRow[] {
  const source = n.number === null ? `《${n.title}》（文号未读到）` : `${n.number}《${n.title}》`;
  const note = `发文机关：${n.issuer}。${n.note} 读自：${n.readAt.join('；')}`;
  return tierRows(n.areaPrefix, n.tiers, n.effectiveFrom, source, n.verified, note);
}

/**
 * Province code → tiers, from the national table, for the provinces whose notice with the same figures was not
 * found. Beijing and Shanghai have their own rows (./defaults.ts and the notices); Guangdong, Shenzhen, Chongqing,
 * Sichuan and Guizhou have the notices that set the table's figures.
 */
const NATIONAL: Readonly<Record<string, Tiers>> = {
  '12': [[2320, 24.4]],
  '13': [
    [2200, 22],
    [2000, 20],
    [1800, 18],
  ],
  '14': [
    [2150, 23.2],
    [2050, 22.1],
    [1950, 20.9],
  ],
  '15': [
    [2270, 22.4],
    [2200, 21.7],
    [2140, 21.1],
  ],
  '21': [
    [2100, 21],
    [1900, 19],
    [1700, 17],
  ],
  '22': [
    [2120, 21],
    [1920, 19.5],
    [1780, 18],
  ],
  '23': [
    [2080, 19],
    [1850, 17],
    [1750, 16.5],
  ],
  '32': [
    [2490, 24],
    [2260, 22],
    [2010, 20],
  ],
  '33': [
    [2490, 24],
    [2260, 22],
    [2010, 20],
  ],
  '34': [
    [2060, 21],
    [1930, 20],
    [1870, 19],
    [1780, 18],
  ],
  '35': [
    [2265, 23.5],
    [2195, 23],
    [2045, 21.5],
    [1895, 20],
  ],
  '36': [
    [2000, 20],
    [1870, 18.7],
    [1740, 17.4],
  ],
  '37': [
    [2200, 22],
    [2010, 20],
    [1820, 18],
  ],
  '41': [
    [2100, 20.6],
    [2000, 19.6],
    [1800, 17.6],
  ],
  '42': [
    [2210, 22],
    [1950, 19.5],
    [1800, 18],
  ],
  '43': [
    [2100, 21],
    [1900, 19],
    [1700, 17],
  ],
  '45': [
    [2200, 22.4],
    [2040, 20.7],
    [1870, 19],
  ],
  '46': [
    [2010, 17.9],
    [1850, 16.3],
  ],
  '53': [
    [2070, 20],
    [1920, 19],
    [1770, 18],
  ],
  '54': [[2100, 20]],
  '61': [
    [2160, 21],
    [2050, 20],
    [1950, 19],
  ],
  '62': [
    [2020, 21],
    [1960, 20.5],
    [1910, 20],
    [1850, 19.5],
  ],
  '63': [[2080, 20]],
  '64': [
    [2050, 20],
    [1900, 18],
  ],
  '65': [
    [2070, 20.7],
    [1890, 18.9],
    [1750, 17.5],
  ],
};

export const MINIMUM_WAGE_ROWS: readonly ParameterRow[] = [
  ...Object.entries(NATIONAL).flatMap(([prefix, tiers]) =>
    tierRows(prefix, tiers, TABLE_AS_OF, NATIONAL_TABLE, false, NOTE),
  ),
  ...WAGE_NOTICES.flatMap(noticeRows),
];
