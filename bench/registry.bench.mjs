// Registry benchmark in headless Chromium (the engine Electron embeds), against the built browser edition:
//   search_p95_ms        one keystroke in the seekers search box → the list shows that query's results
//   list_first_screen_ms after a reload and log-in, opening 求职者 → the first row is on screen
//   import_10k_xlsx_s    choosing a 10,000-row XLSX → checked → confirmed → all saved
// With 100,000 seekers stored. Input: ../shared/bench-data/seekers.json (10,000 synthetic seekers), stored
// ten times over with fresh ids for the 100,000, and imported once (mapped to the template) for the XLSX.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshStation, launchChromium, logIn, root, serveApp } from './browser-app.mjs';
import { storeSeekers, writeSeekersXlsx } from './registry-data.mjs';

const PORT = 4319;
const STORED = 100_000;
const dataFile = join(root, '..', 'shared', 'bench-data', 'seekers.json');

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export async function run() {
  if (!existsSync(dataFile)) throw new Error(`Missing ${dataFile}`);
  const source = JSON.parse(readFileSync(dataFile, 'utf8'));
  const app = await serveApp(PORT);
  let browser;
  try {
    browser = await launchChromium();
    const page = await freshStation(browser, app.url);
    // Store 100,000 seekers straight into IndexedDB (the command path is measured by the import below).
    await storeSeekers(page, source, STORED);

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
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    const xlsx = join(root, 'bench', 'results', 'seekers-10k.xlsx');
    await writeSeekersXlsx(source, xlsx);
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
    await browser?.close();
    app.stop();
  }
}
