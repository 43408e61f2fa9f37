// One pass of the village-PC day at one CPU rate, in a new tab of the seeded station: start → log-in screen,
// log-in → home, a person's matches cold and warm, the heap, opening people, search keystrokes (and the same
// searches by full scan), a roll-call of 30 and typing into the registration form. Times come from the page's
// own clock (bench/village-pc/probes.mjs).
import { ADMIN, SEEKER_ROWS } from '../browser-app.mjs';
import { heapOfPageAndWorkers, throttledSession } from './cdp.mjs';
import { callKit } from './kit.mjs';
import { arm, pageNow, took } from './probes.mjs';

const WORDS = ['wang', 'zhangmei', 'lxy', 'chen', 'yang', 'zh', 'huang', 'liu', '1234'];
const MATCH_CARD = () => document.querySelector('[data-testid="match-card"]') !== null;
/** The home page's last part drawn: the shortcuts to every screen. */
const HOME_FILLED = () => document.querySelectorAll('.quick-card').length > 0;
const GREETING = (name) => [...document.querySelectorAll('h2')].some((h) => h.textContent.includes(`您好，${name}`));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** Runs the day; answers raw measurements (ms, bytes, long tasks with the phases they fall in). */
export async function dayPass(options) {
  const page = await options.context.newPage();
  const cdp = await throttledSession(page, options.rate);
  if (options.profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
  }
  try {
    return await day(page, cdp, options);
  } catch (e) {
    await page.screenshot({ path: options.shotPath(`${options.rate}x-failed`) }).catch(() => undefined);
    throw e;
  } finally {
    if (options.profile) options.profile((await cdp.send('Profiler.stop')).profile);
    await page.close();
  }
}

async function day(page, cdp, { url, seeded, rollCall, log }) {
  page.on('pageerror', (e) => log(`page error: ${e.message.slice(0, 300)}`));
  const out = { phases: [], scripts: [] };
  const phase = async (name, body) => {
    const from = await pageNow(page);
    await body();
    out.phases.push({ name, from, to: await pageNow(page) });
  };

  // Start → the log-in screen usable; the scripts it took.
  const onRequest = (r) => r.resourceType() === 'script' && out.scripts.push(new URL(r.url()).pathname);
  page.on('request', onRequest);
  await page.goto(url);
  await page.waitForFunction(() => window.__vpc.login.usableAt, null, { polling: 20, timeout: 120_000 });
  page.off('request', onRequest);
  out.startToLogin = (await page.evaluate(() => window.__vpc.login)).usableAt;
  log(`start → log-in ${out.startToLogin.toFixed(0)} ms`);

  // Log-in → home.
  await page.getByRole('button', { name: ADMIN.name }).click();
  await page.getByLabel('登录密码', { exact: true }).fill(ADMIN.pin);
  await arm(page, 'login', 'click', GREETING, ADMIN.name);
  await arm(page, 'login-full', 'click', HOME_FILLED, null);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  out.loginToHome = await took(page, 'login');
  out.loginToHomeFull = await took(page, 'login-full');
  log(`log-in → home ${out.loginToHome.toFixed(0)} ms (whole page ${out.loginToHomeFull.toFixed(0)} ms)`);

  // A person's matches as soon as the home page is drawn (the worker, started as the name was tapped, may still
  // be reading and preparing), then others.
  const [first, ...others] = seeded.probeSeekers;
  await arm(page, 'match-cold', 'now', MATCH_CARD, null, `#/seekers/${first.id}/matches`);
  out.matchCold = await took(page, 'match-cold', 300_000);
  log(`first matches (cold) ${out.matchCold.toFixed(0)} ms`);
  out.matchWarm = [];
  for (const [i, s] of others.slice(0, 3).entries()) {
    // As staff do: open the person, then 找合适的岗位.
    await page.evaluate((id) => (location.hash = `#/seekers/${id}`), s.id);
    await page.waitForFunction((n) => [...document.querySelectorAll('input')].some((x) => x.value === n), s.name, {
      timeout: 180_000,
    });
    await arm(page, `match-${i}`, 'now', MATCH_CARD, null, `#/seekers/${s.id}/matches`);
    out.matchWarm.push(await took(page, `match-${i}`));
  }
  log(`matches (warm) median ${median(out.matchWarm).toFixed(0)} ms`);
  out.heap = await heapOfPageAndWorkers(cdp);
  log(`heap ${out.heap.map((h) => `${h.name} ${(h.bytes / 2 ** 20).toFixed(0)} MB`).join(', ')}`);

  // Opening a person from the list.
  out.openSeeker = [];
  for (let i = 0; i < 3; i += 1) {
    await page.evaluate(() => (location.hash = '#/seekers'));
    await page.locator('[data-results-for=""]').waitFor();
    const row = page.locator(SEEKER_ROWS).nth(i);
    const cell = row.locator('td').first();
    const name = (await cell.textContent()).trim();
    await arm(
      page,
      `open-${i}`,
      'click',
      (n) => [...document.querySelectorAll('input')].some((x) => x.value === n),
      name,
    );
    await cell.click();
    out.openSeeker.push(await took(page, `open-${i}`));
  }
  log(`open a person median ${median(out.openSeeker).toFixed(0)} ms`);

  // Search, keystroke by keystroke: from the key's own timestamp to the frame showing that query's list.
  await page.evaluate(() => (location.hash = '#/seekers'));
  const search = page.getByLabel('姓名、拼音、首字母，或电话/身份证后四位');
  await search.waitFor();
  out.search = [];
  await phase('search', async () => {
    for (const word of WORDS) {
      await search.fill('');
      await page.locator('[data-results-for=""]').waitFor();
      for (let n = 1; n <= word.length; n += 1) {
        const q = word.slice(0, n);
        await arm(page, `q-${q}`, 'keydown', (x) => document.querySelector(`[data-results-for="${x}"]`) !== null, q);
        await search.press(word[n - 1]);
        out.search.push(await took(page, `q-${q}`));
      }
    }
  });
  log(`search: ${out.search.length} keystrokes`);
  // A full scan reads every person whatever the query: three words are enough to time it.
  out.searchTimes = await callKit(page, 'timeSearches', { queries: WORDS.slice(0, 3), limit: 100 });
  log('search by full scan timed');

  // Roll-call of 30: open, mark each with Enter, save with Ctrl+S.
  const { courseId, sessionId } = rollCall;
  out.rollKeys = [];
  await phase('roll-call', async () => {
    const cards = () => document.querySelectorAll('.roll-card').length >= 30;
    await arm(page, 'roll-open', 'now', cards, null, `#/courses/${courseId}/roll-call/${sessionId}`);
    out.rollOpen = await took(page, 'roll-open');
    await page.locator('h3').first().click();
    for (let i = 0; i < 30; i += 1) {
      const marked = (n) => document.querySelectorAll('.roll-card')[n]?.getAttribute('data-mark') === 'present';
      await arm(page, `mark-${i}`, 'keydown', marked, i);
      await page.keyboard.press('Enter');
      out.rollKeys.push(await took(page, `mark-${i}`));
    }
    await page.keyboard.press('Control+s');
    await page.locator('.ant-message-success').waitFor({ timeout: 120_000 });
  });
  log(`roll-call: opened in ${out.rollOpen.toFixed(0)} ms, 30 marked and saved`);

  // Typing into the registration form.
  out.typing = [];
  await page.evaluate(() => (location.hash = '#/seekers/new'));
  const name = page.getByLabel('姓名', { exact: true });
  await name.waitFor();
  await phase('typing', async () => {
    await name.click();
    const notes = page.locator('textarea').first();
    for (const [field, text] of [
      [name, '张晓梅'],
      [notes, '会用缝纫机，下午三点半要接孩子放学，想找离家近的活。'],
    ]) {
      await field.click();
      for (const ch of text) {
        const n = out.typing.length;
        await arm(page, `key-${n}`, 'input', () => true);
        await page.keyboard.type(ch);
        out.typing.push(await took(page, `key-${n}`));
      }
    }
  });
  log(`typing: ${out.typing.length} characters`);

  out.longTasks = await page.evaluate(() => window.__vpc.longTasks);
  return out;
}
