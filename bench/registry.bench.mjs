// Registry benchmark in headless Chromium (the engine Electron embeds), against the built browser edition:
//   search_p95_ms        one keystroke in the seekers search box → the list shows that query's results
//   list_first_screen_ms after a reload and log-in, opening 求职者 → the first row is on screen
//   import_10k_xlsx_s    choosing a 10,000-row XLSX → checked → confirmed → all saved
// With 100,000 seekers stored. Input: ../shared/bench-data/seekers.json (10,000 synthetic seekers), stored
// ten times over with fresh ids for the 100,000, and imported once (mapped to the template) for the XLSX.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pinyin } from 'pinyin-pro';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = 4319;
const STORED = 100_000;
const dataFile = join(root, '..', 'shared', 'bench-data', 'seekers.json');

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

function keysFor(name, phone) {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', surname: 'head', v: true });
  const keys = [name, syllables.join(''), syllables.map((s) => s[0]).join('')];
  if (phone) keys.push(`t${phone.slice(-4)}`);
  return [...new Set(keys)];
}

function exec(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No server at ${url}`);
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function logIn(page) {
  await page.getByRole('button', { name: '王芳' }).click();
  await page.getByLabel('登录密码', { exact: true }).fill('246810');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('heading', { name: '您好，王芳' }).waitFor();
}

export async function run() {
  if (!existsSync(dataFile)) throw new Error(`Missing ${dataFile}`);
  const source = JSON.parse(readFileSync(dataFile, 'utf8'));
  if (!existsSync(join(root, 'out', 'renderer', 'index.html')))
    await exec('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'renderer/vite.config.ts',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { cwd: root, stdio: 'ignore', detached: true },
  );
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const page = await (
      await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    ).newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.log(`# page error: ${m.text().slice(0, 300)}`);
    });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.getByLabel('服务站名称').fill('基准测试服务站');
    await page.getByLabel('行政区划代码').fill('522626');
    await page.getByLabel('姓名').fill('王芳');
    await page.getByLabel('登录密码（6 到 12 位数字）').fill('246810');
    await page.getByLabel('再输入一次登录密码').fill('246810');
    await page.getByRole('button', { name: '建立服务站' }).click();
    await logIn(page);

    // Store 100,000 seekers straight into IndexedDB (the command path is measured by the import below).
    const stationId = await page.evaluate(
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
    const keyCache = new Map();
    const base = Date.now() - STORED * 1000;
    for (let start = 0; start < STORED; start += 5000) {
      const batch = [];
      for (let i = start; i < start + 5000; i += 1) {
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
      await page.evaluate(
        (rows) =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('doorstep');
            open.onsuccess = () => {
              const tx = open.result.transaction('seekers', 'readwrite');
              for (const r of rows) tx.objectStore('seekers').put(r);
              tx.oncomplete = () => {
                open.result.close();
                resolve(null);
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        batch,
      );
    }

    // List, first screen after a reload.
    await page.reload();
    await logIn(page);
    const listStart = Date.now();
    await page.getByRole('menuitem', { name: '求职者' }).click();
    await page.locator('.ant-table-row').first().waitFor();
    const listMs = Date.now() - listStart;

    // Search, per keystroke: type names and pinyin one character at a time.
    // Timed inside the page: from the input event to the moment the list holds that query's results.
    const label = '姓名、拼音、首字母，或电话/身份证后四位';
    const search = page.getByLabel(label);
    await search.waitFor();
    await search.evaluate((input) => {
      const marks = {};
      window.__searchMarks = marks;
      input.addEventListener(
        'input',
        (e) => {
          marks[e.target.value] = { start: performance.now() };
        },
        true,
      );
      new MutationObserver(() => {
        const q = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
        if (q && marks[q] && marks[q].end === undefined) marks[q].end = performance.now();
      }).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-results-for'],
      });
    });
    const typed = [];
    for (const word of ['wang', 'zhangmei', 'lxy', 'chen', 'yang', 'zh', 'huang', 'liu']) {
      await search.fill('');
      await page.locator('[data-results-for=""]').waitFor();
      for (let n = 1; n <= word.length; n += 1) {
        await search.press(word[n - 1]);
        await page.locator(`[data-results-for="${word.slice(0, n)}"]`).waitFor();
        typed.push(word.slice(0, n));
      }
    }
    const marks = await page.evaluate(() => window.__searchMarks);
    const times = [...new Set(typed)].map((q) => marks[q].end - marks[q].start);

    // Import 10,000 seekers from an XLSX made from the benchmark data.
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('求职者');
    sheet.addRow([
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
    ]);
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
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    const xlsx = join(root, 'bench', 'results', 'seekers-10k.xlsx');
    await book.xlsx.writeFile(xlsx);
    await page.getByRole('button', { name: /从表格导入求职者/ }).click();
    const importStart = Date.now();
    await page.locator('input[type=file]').setInputFiles(xlsx);
    await page.getByRole('button', { name: /确认导入 \d+ 人/ }).waitFor({ timeout: 600_000 });
    const checkedS = (Date.now() - importStart) / 1000;
    const summary = await page.getByText(/人可以导入/).textContent();
    await page.getByRole('button', { name: /确认导入 \d+ 人/ }).click();
    const outcome = await Promise.race([
      page
        .getByText(/已导入 \d+ 人。/)
        .waitFor({ timeout: 600_000 })
        .then(() => null),
      page
        .locator('.ant-message-error')
        .waitFor({ timeout: 600_000 })
        .then(() => page.locator('.ant-message-error').textContent()),
    ]);
    if (outcome) throw new Error(`Import refused: ${outcome}`);
    const importS = (Date.now() - importStart) / 1000;
    console.log(`# import check: ${summary}; checked in ${checkedS.toFixed(1)} s`);

    return [
      { figure: 'search_p95_ms', value: Math.round(percentile(times, 95)), unit: 'ms' },
      { figure: 'search_median_ms', value: Math.round(percentile(times, 50)), unit: 'ms' },
      { figure: 'list_first_screen_ms', value: listMs, unit: 'ms' },
      { figure: 'import_10k_xlsx_s', value: Number(importS.toFixed(1)), unit: 's' },
      { figure: 'import_10k_check_s', value: Number(checkedS.toFixed(1)), unit: 's' },
      { figure: 'seekers_stored', value: STORED, unit: 'records' },
    ];
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}
