import type { ParameterRow } from '../../entities/rule-parameter';

/**
 * The minimum wages of every province-level region, as tier rows of the rule table. Notes are written for the
 * county admin who reads them on the rules screen: in Chinese.
 *
 * The figures come from the Ministry of Human Resources and Social Security's national table 全国各地区最低工资标准
 * 情况 (截至 2025 年 7 月 1 日), read in a transcription, not on the Ministry's own page: every row ships with
 * `verified: false`. The table gives each province's tiers; it was read without its column of dates, so each
 * row starts on 2025-07-01, the day the table says the standard was in force (it may have started earlier, and a
 * province may have raised it since). Where a later provincial notice was read (Hubei's), it is a row of its own.
 * Which county is in which tier is the province's own list, which is not here: until the county admin enters
 * an 'area-tier' row, a check compares with every tier (lookup.ts) and says when only the lowest is met.
 */
export const NATIONAL_TABLE = '人社部《全国各地区最低工资标准情况》（截至2025年7月1日）';
const TABLE_AS_OF = '2025-07-01';
const NOTE =
  '转录自人社部全国表（未读到原表页面和本省文件，文号待补）；表中未列执行日期，此处从表的截止日起算，之后可能已上调。';

/** [monthly yuan, hourly yuan] per tier, first tier first. */
type Tiers = readonly (readonly [number, number])[];

function province(areaPrefix: string, tiers: Tiers, source = NATIONAL_TABLE, from = TABLE_AS_OF, note = NOTE) {
  return tiers.map(([monthly, hourly], i): ParameterRow => ({
    areaPrefix,
    effectiveFrom: from,
    source,
    verified: false,
    note,
    value: { kind: 'minimum-wage', tier: tiers.length === 1 ? null : i + 1, monthly, hourly },
  }));
}

/** Province code → tiers, from the national table. Beijing and Shanghai are in ./defaults.ts with their own rows. */
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
  '44': [
    [2500, 23.7],
    [2080, 19.8],
    [1850, 18.3],
    [1750, 17.4],
  ],
  '4403': [[2520, 23.7]],
  '45': [
    [2200, 22.4],
    [2040, 20.7],
    [1870, 19],
  ],
  '46': [
    [2010, 17.9],
    [1850, 16.3],
  ],
  '50': [
    [2330, 23],
    [2200, 22],
  ],
  '51': [
    [2330, 23],
    [2200, 22],
  ],
  '52': [
    [2130, 22.4],
    [1980, 20.8],
    [1890, 19.8],
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

const HUBEI_2025 = '鄂政办发〔2025〕44号 (湖北省人民政府办公厅关于调整全省最低工资标准的通知)';

export const MINIMUM_WAGE_ROWS: readonly ParameterRow[] = [
  ...Object.entries(NATIONAL).flatMap(([prefix, tiers]) => province(prefix, tiers)),
  ...province(
    '42',
    [
      [2400, 24],
      [2130, 21.5],
      [1970, 20],
    ],
    HUBEI_2025,
    '2025-12-01',
    '读到的是通知正文的转录引文（第一、二、七条），未读到政府网站原页面；自2025年12月1日起执行。',
  ),
];
