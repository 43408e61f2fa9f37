// The registry benchmark's data: ../shared/bench-data/seekers.json (10,000 synthetic seekers), stored straight
// into IndexedDB as many times over as asked (fresh ids, search keys as the app makes them), and written out as
// an XLSX in the import template (the app's own, filled in as a station worker fills it).
import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';
import { tsImport } from 'tsx/esm/api';

const EDUCATION = {
  none: 'none',
  primary: 'primary',
  junior_high: 'junior',
  senior_high: 'senior',
  sec_vocational: 'vocational',
  junior_college: 'college',
  bachelor: 'bachelor',
};
const EDUCATION_ZH = {
  none: '未上学',
  primary: '小学',
  junior_high: '初中',
  senior_high: '高中',
  sec_vocational: '中专',
  junior_college: '大专',
  bachelor: '本科',
};
const BATCH = 5000;

function keysFor(name, phone) {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', surname: 'head', v: true });
  const keys = [name, syllables.join(''), syllables.map((s) => s[0]).join('')];
  if (phone) keys.push(`t${phone.slice(-4)}`);
  return [...new Set(keys)];
}

const stationIdOf = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('doorstep');
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('stationId');
          get.onsuccess = () => resolve(get.result.value);
          get.onerror = () => reject(get.error);
        };
      }),
  );

const putSeekers = (page, rows) =>
  page.evaluate(
    (batch) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('doorstep');
        open.onsuccess = () => {
          const tx = open.result.transaction('seekers', 'readwrite');
          for (const r of batch) tx.objectStore('seekers').put(r);
          tx.oncomplete = () => {
            open.result.close();
            resolve(null);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    rows,
  );

/** Stores `count` seekers in the page's database, cycling through `source` (the command path is not used). */
export async function storeSeekers(page, source, count) {
  const stationId = await stationIdOf(page);
  const keyCache = new Map();
  const base = Date.now() - count * 1000;
  for (let start = 0; start < count; start += BATCH) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1) {
      const s = source[i % source.length];
      const phone = `1${String(3_000_000_000 + i * 7919).slice(0, 10)}`;
      const keyId = `${s.name}|${phone.slice(-4)}`;
      if (!keyCache.has(keyId)) keyCache.set(keyId, keysFor(s.name, phone));
      batch.push({
        id: `0190${String(i).padStart(8, '0')}-0000-7000-8000-${String(i).padStart(12, '0')}`,
        stationId,
        createdAt: base + i * 1000,
        updatedAt: `${String(base + i * 1000).padStart(15, '0')}:00000:bench`,
        deleted: false,
        name: s.name,
        sex: s.gender === 'M' ? 'male' : 'female',
        birthDate: s.birthDate,
        idNumber: null,
        phone,
        villageCode: s.villageCode,
        education: EDUCATION[s.education] ?? 'junior',
        literacy: 'basic',
        skills: [],
        certificates: [],
        availability: '0'.repeat(84),
        careDuties: [],
        physical: { standingHoursMax: null, liftKgMax: null, eyesight: 'good', hands: 'full' },
        commute: { maxMinutes: s.maxCommuteMinutes ?? 30, mode: 'ebike' },
        homeBasedWanted: false,
        payFloor: null,
        groups: [],
        pregnant: false,
        consent: { date: '2024-07-01', matching: true, county: true, recordedBy: 'bench', withdrawnOn: null },
        status: 'active',
        notes: '',
        searchKeys: keyCache.get(keyId),
      });
    }
    await putSeekers(page, batch);
  }
}

const DAY_WORDS = [
  ['周一到五', ['mon', 'tue', 'wed', 'thu', 'fri']],
  ['每天', ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']],
  ['周末', ['sat', 'sun']],
];

/**
 * The 工作时间 cell as a station worker writes it: the days word that fits the person's days best and their
 * time windows, e.g. 周一到五 07:30-12:30、周一到五 18:30-22:00; blank when they gave no hours.
 */
function hoursCell(availability) {
  const days = (availability ?? []).filter((d) => d.windows.length > 0);
  if (days.length === 0) return '';
  const names = new Set(days.map((d) => d.day));
  const score = ([, set]) => set.filter((d) => names.has(d)).length - set.filter((d) => !names.has(d)).length;
  const [word] = [...DAY_WORDS].sort((a, b) => score(b) - score(a))[0];
  return days[0].windows.map((w) => `${word} ${w}`).join('、');
}

const asDate = (iso) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * Writes the seekers to `file` as a station worker fills the downloaded template: the app's own template
 * (header, instructions row, example row, text-formatted ID column, date cells) made by the app's builder, the
 * example row replaced by the first person and one row per person after it, dates typed as dates.
 */
export async function writeSeekersXlsx(source, file) {
  const { templateWorkbook } = await tsImport('#renderer/ui/template-workbook', import.meta.url);
  const { SEEKER_TEMPLATE } = await tsImport('#shared/registry/seeker-import', import.meta.url);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await templateWorkbook(SEEKER_TEMPLATE));
  const sheet = book.worksheets[0];
  const headers = SEEKER_TEMPLATE.columns.map((c) => c.header);
  const at = Object.fromEntries(headers.map((h, i) => [h, i + 1]));
  if (!sheet.getCell(2, 1).text.startsWith('【填写说明】')) throw new Error('The template has no instructions row');
  source.forEach((s, i) => {
    const row = sheet.getRow(3 + i);
    const put = (header, value) => {
      row.getCell(at[header]).value = value;
    };
    put('姓名', s.name);
    put('性别', s.gender === 'M' ? '男' : '女');
    put('出生日期', asDate(s.birthDate));
    put('身份证号', s.idNumber);
    put('手机', s.phone);
    put('村代码', s.villageCode);
    put('文化程度', EDUCATION_ZH[s.education] ?? '');
    put('技能', '');
    put('同意匹配', '是');
    put('同意报县', '是');
    put('同意日期', asDate(s.consentAt));
    put('工作时间', hoursCell(s.availability));
  });
  await book.xlsx.writeFile(file);
}
