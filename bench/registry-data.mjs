// The registry benchmark's data: ../shared/bench-data/seekers.json (10,000 synthetic seekers), stored straight
// into IndexedDB as many times over as asked (fresh ids, search keys as the app makes them), and written out as
// an XLSX in the import template.
import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';

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

const TEMPLATE = [
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '手机',
  '村代码',
  '文化程度',
  '技能',
  '同意匹配',
  '同意报县',
  '同意日期',
];

/** Writes the seekers to `file` as the seekers' import template, one row each. */
export async function writeSeekersXlsx(source, file) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('求职者');
  sheet.addRow(TEMPLATE);
  for (const s of source) {
    sheet.addRow([
      s.name,
      s.gender === 'M' ? '男' : '女',
      s.birthDate,
      s.idNumber,
      s.phone,
      s.villageCode,
      EDUCATION_ZH[s.education] ?? '',
      '',
      '是',
      '是',
      s.consentAt.slice(0, 10),
    ]);
  }
  await book.xlsx.writeFile(file);
}
