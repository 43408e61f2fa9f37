// Registry benchmark in headless Chromium (the engine Electron embeds), against the built browser edition:
//   search_p95_ms        one keystroke in the seekers search box → the list shows that query's results
//   list_first_screen_ms after a reload and log-in, opening 求职者 → the first row is on screen
//   import_10k_xlsx_s    choosing a 10,000-row XLSX → checked → confirmed → all saved
// With 100,000 seekers stored. Input: ../shared/bench-data/seekers.json (10,000 synthetic seekers), stored
// ten times over with fresh ids for the 100,000, and imported once (filled into the app's template) for the XLSX.
//   --throttle N    also imports the same file into a second fresh station with the page's CPU slowed N times
//                   (CDP Emulation.setCPUThrottlingRate), as on a cheap village PC: import_10k_xlsx_s_Nx. Chromium
//                   throttles only a page's main thread, never its workers, so the check's worker runs at full
//                   speed; import_10k_xlsx_s_Nx_worker_scaled adds (N − 1) × the unthrottled check time for it.
//   --import-only   skips the search and list figures.
//   --profile       traces each import with the sampling profiler on (page and workers): the hottest functions per
//                   thread are printed, the traces kept in bench/results/import-*.trace.json. Starting the trace
//                   holds the page for a while (its first "long task"): time without it.
//   --stored N      stores N seekers instead of 100,000 (quicker profiling runs; the reported figures use 100,000).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { freshStation, launchChromium, logIn, root, SEEKER_ROWS, serveApp } from './browser-app.mjs';
import { storeSeekers, writeSeekersXlsx } from './registry-data.mjs';
import { traceProfile } from './trace-profile.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4319);
const dataFile = join(root, '..', 'shared', 'bench-data', 'seekers.json');

const option = (name) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? null : (process.argv[i + 1] ?? '');
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const round1 = (n) => Number(n.toFixed(1));
const STORED = Number(option('--stored') ?? 100_000);

/**
 * Chooses the file on the seekers' import page, waits for the check's report, confirms, and waits until every
 * row is saved. The progress texts the page showed are kept (a MutationObserver) and printed as a comment.
 */
async function importXlsx(page, xlsx, profileName) {
  await page.getByRole('button', { name: /从表格导入求职者/ }).click();
  await page.evaluate(() => {
    const seen = [];
    window.__importProgress = seen;
    // The page's own long tasks (its main thread busy without a break), while the import runs.
    const longTasks = [];
    window.__importLongTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid=import-progress]')?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const profile = process.argv.includes('--profile') ? await traceProfile(page.context().browser(), page) : null;
  console.log(`# import: load average ${loadavg()[0].toFixed(2)} at the start`);
  const start = Date.now();
  await page.locator('input[type=file]').setInputFiles(xlsx);
  const confirm = page.getByRole('button', { name: /确认导入 \d+ 人/ });
  await confirm.waitFor({ timeout: 900_000 });
  const checkedS = (Date.now() - start) / 1000;
  const summary = await page.getByText(/人可以导入/).textContent();
  await confirm.click();
  const outcome = await Promise.race([
    page
      .getByText(/已导入 \d+ 人。/)
      .waitFor({ timeout: 900_000 })
      .then(() => null),
    page
      .locator('.ant-message-error, [data-testid=import-report]')
      .first()
      .waitFor({ timeout: 900_000 })
      .then(() => page.locator('.ant-message-error, [data-testid=import-report]').first().textContent()),
  ]);
  if (outcome) throw new Error(`Import refused: ${outcome}`);
  const totalS = (Date.now() - start) / 1000;
  await profile?.stop(profileName);
  const progress = await page.evaluate(() => window.__importProgress);
  const longTasks = await page.evaluate(() => window.__importLongTasks);
  console.log(`# import check: ${summary}; checked in ${checkedS.toFixed(1)} s, all saved in ${totalS.toFixed(1)} s`);
  console.log(`# import: load average ${loadavg()[0].toFixed(2)} at the end; progress shown ${progress.length} times,`);
  console.log(`#   e.g. ${progress.filter((_, i) => i % Math.ceil(progress.length / 6) === 0).join(' | ')}`);
  return {
    checkedS,
    totalS,
    longestTaskMs: Math.round(Math.max(0, ...longTasks)),
    longTasksOver200: longTasks.filter((d) => d > 200).length,
  };
}

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

    const importOnly = process.argv.includes('--import-only');
    let listMs = 0;
    const times = [];
    if (!importOnly) {
      // List, first screen after a reload.
      await page.reload();
      await logIn(page);
      const listStart = Date.now();
      await page.getByRole('menuitem', { name: '求职者' }).click();
      await page.locator(SEEKER_ROWS).first().waitFor();
      listMs = Date.now() - listStart;

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
      times.push(...[...new Set(typed)].map((q) => marks[q].end - marks[q].start));
    } else {
      // Storing takes minutes on a busy machine: the screen may have locked meanwhile.
      await page.reload();
      await logIn(page);
      await page.getByRole('menuitem', { name: '求职者' }).click();
      await page.locator(SEEKER_ROWS).first().waitFor();
    }

    // Import 10,000 seekers from an XLSX made from the benchmark data.
    mkdirSync(join(root, 'bench', 'results'), { recursive: true });
    const xlsx = join(root, 'bench', 'results', 'seekers-10k.xlsx');
    await writeSeekersXlsx(source, xlsx);
    const plain = await importXlsx(page, xlsx, 'import');
    const figures = [
      ...(importOnly
        ? []
        : [
            { figure: 'search_p95_ms', value: Math.round(percentile(times, 95)), unit: 'ms' },
            { figure: 'search_median_ms', value: Math.round(percentile(times, 50)), unit: 'ms' },
            { figure: 'list_first_screen_ms', value: listMs, unit: 'ms' },
          ]),
      { figure: 'import_10k_xlsx_s', value: round1(plain.totalS), unit: 's' },
      { figure: 'import_10k_check_s', value: round1(plain.checkedS), unit: 's' },
      { figure: 'import_longest_task_ms', value: plain.longestTaskMs, unit: 'ms' },
      { figure: 'import_long_tasks_over_200ms', value: plain.longTasksOver200, unit: 'tasks' },
    ];

    const rate = Number(option('--throttle') ?? 1);
    if (rate > 1) {
      // A second station, the same 100,000 stored, the page slowed down from choosing the file to the end.
      const slow = await freshStation(browser, app.url);
      await storeSeekers(slow, source, STORED);
      await slow.reload();
      await logIn(slow);
      await slow.getByRole('menuitem', { name: '求职者' }).click();
      await slow.locator(SEEKER_ROWS).first().waitFor();
      const cdp = await slow.context().newCDPSession(slow);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      const throttled = await importXlsx(slow, xlsx, `import-${rate}x`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      figures.push(
        { figure: `import_10k_xlsx_s_${rate}x`, value: round1(throttled.totalS), unit: 's' },
        { figure: `import_10k_check_s_${rate}x`, value: round1(throttled.checkedS), unit: 's' },
        { figure: `import_longest_task_ms_${rate}x`, value: throttled.longestTaskMs, unit: 'ms' },
        { figure: `import_long_tasks_over_200ms_${rate}x`, value: throttled.longTasksOver200, unit: 'tasks' },
        {
          figure: `import_10k_xlsx_s_${rate}x_worker_scaled`,
          value: round1(throttled.totalS + (rate - 1) * plain.checkedS),
          unit: 's',
        },
      );
    }
    figures.push({ figure: 'seekers_stored', value: STORED, unit: 'records' });
    return figures;
  } finally {
    await browser?.close();
    app.stop();
  }
}
