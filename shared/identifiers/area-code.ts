import { err, ok, type Result } from '../result';

/**
 * Administrative division codes (GB/T 2260 county, GB/T 10114 township, statistics-bureau village).
 * A station sits in a county (6 digits), a township (9) or a village (12). See ../shared/reference/identifiers.md.
 */
export const PROVINCE_PREFIXES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];

/** Province-level names by the first two digits of the code (GB/T 2260), in Chinese and English. */
export const PROVINCE_NAMES: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  '11': { zh: '北京', en: 'Beijing' },
  '12': { zh: '天津', en: 'Tianjin' },
  '13': { zh: '河北', en: 'Hebei' },
  '14': { zh: '山西', en: 'Shanxi' },
  '15': { zh: '内蒙古', en: 'Inner Mongolia' },
  '21': { zh: '辽宁', en: 'Liaoning' },
  '22': { zh: '吉林', en: 'Jilin' },
  '23': { zh: '黑龙江', en: 'Heilongjiang' },
  '31': { zh: '上海', en: 'Shanghai' },
  '32': { zh: '江苏', en: 'Jiangsu' },
  '33': { zh: '浙江', en: 'Zhejiang' },
  '34': { zh: '安徽', en: 'Anhui' },
  '35': { zh: '福建', en: 'Fujian' },
  '36': { zh: '江西', en: 'Jiangxi' },
  '37': { zh: '山东', en: 'Shandong' },
  '41': { zh: '河南', en: 'Henan' },
  '42': { zh: '湖北', en: 'Hubei' },
  '43': { zh: '湖南', en: 'Hunan' },
  '44': { zh: '广东', en: 'Guangdong' },
  '45': { zh: '广西', en: 'Guangxi' },
  '46': { zh: '海南', en: 'Hainan' },
  '50': { zh: '重庆', en: 'Chongqing' },
  '51': { zh: '四川', en: 'Sichuan' },
  '52': { zh: '贵州', en: 'Guizhou' },
  '53': { zh: '云南', en: 'Yunnan' },
  '54': { zh: '西藏', en: 'Tibet' },
  '61': { zh: '陕西', en: 'Shaanxi' },
  '62': { zh: '甘肃', en: 'Gansu' },
  '63': { zh: '青海', en: 'Qinghai' },
  '64': { zh: '宁夏', en: 'Ningxia' },
  '65': { zh: '新疆', en: 'Xinjiang' },
  '71': { zh: '台湾', en: 'Taiwan' },
  '81': { zh: '香港', en: 'Hong Kong' },
  '82': { zh: '澳门', en: 'Macao' },
};

export type AreaLevel = 'county' | 'township' | 'village';

export interface AreaCode {
  readonly code: string;
  readonly level: AreaLevel;
  readonly province: string;
  readonly county: string;
}

const LEVEL_BY_LENGTH: Readonly<Record<number, AreaLevel>> = { 6: 'county', 9: 'township', 12: 'village' };

export function parseAreaCode(input: string): Result<AreaCode> {
  const code = input.trim();
  if (code === '') return err('areaCode.empty', 'The area code is empty');
  if (!/^\d+$/.test(code)) return err('areaCode.digits', 'An area code has digits only');
  const level = LEVEL_BY_LENGTH[code.length];
  if (!level) return err('areaCode.length', 'An area code has 6, 9 or 12 digits');
  const province = code.slice(0, 2);
  if (!PROVINCE_PREFIXES.includes(province)) {
    return err('areaCode.province', `Unknown province prefix ${province}`, { province });
  }
  if (code.slice(4, 6) === '00') return err('areaCode.county', 'The county digits (5–6) cannot be 00');
  if (code.length >= 9) {
    const township = Number(code.slice(6, 9));
    if (township < 1 || township > 399) return err('areaCode.township', 'Township digits must be 001–399');
  }
  if (code.length === 12) {
    const village = Number(code.slice(9, 12));
    if (village < 1 || village > 399) return err('areaCode.village', 'Village digits must be 001–399');
  }
  return ok({ code, level, province, county: code.slice(0, 6) });
}
