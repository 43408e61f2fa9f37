// The seeded station the village-PC day runs on: a fresh browser context, first-run set-up, then the county
// stored by the in-page kit. With `keepIn` (a folder), the browser profile is kept there and reused by the next
// run, which then skips the set-up and the storing (for looking into one figure again and again; the roll-calls
// left for today run out after a few runs).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { ADMIN, CHROMIUM_LAUNCH, CONTEXT_OPTIONS, launchChromium, setUpStation } from '../browser-app.mjs';
import { callKit, routeKit } from './kit.mjs';
import { installProbes } from './probes.mjs';

/** Today at the station: the date in China (UTC+8), as the app counts it. */
export const stationToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * Opens the station, seeded; answers `{ context, seeded, close }`. A kept profile is used again only if it was
 * stored today and has a roll-call left for each of the `passes`; otherwise it is emptied and stored afresh.
 */
export async function seededStation({ url, kit, size, names, keepIn, log, passes = 1 }) {
  let browser;
  const marker = keepIn ? join(keepIn, 'seeded.json') : null;
  let earlier = marker && existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null;
  if (earlier && (earlier.today !== stationToday() || earlier.rollCalls.length < passes)) {
    log(
      `the station kept in ${keepIn} is used up (${earlier.rollCalls.length} roll-calls left, stored ${earlier.today}): storing it afresh`,
    );
    rmSync(keepIn, { recursive: true, force: true });
    earlier = null;
  }
  // A kept profile's HTTP and code caches would serve the build it first loaded; the stored data stays.
  if (keepIn)
    for (const cache of ['Cache', 'Code Cache'])
      rmSync(join(keepIn, 'Default', cache), { recursive: true, force: true });
  const context = keepIn
    ? await chromium.launchPersistentContext(keepIn, { ...CHROMIUM_LAUNCH, ...CONTEXT_OPTIONS })
    : await (browser = await launchChromium()).newContext(CONTEXT_OPTIONS);
  const close = async () => {
    await context.close();
    await browser?.close();
  };
  try {
    await routeKit(context, kit);
    if (earlier) {
      await context.addInitScript(installProbes, ADMIN.name);
      log(`reusing the station kept in ${keepIn} (${earlier.rollCalls.length} roll-calls left)`);
      return { context, seeded: earlier, close, used: (n) => writeFileSync(marker, JSON.stringify(used(earlier, n))) };
    }
    const setup = await context.newPage();
    await setUpStation(setup, url);
    log('station set up; storing the county');
    const seeded = await callKit(setup, 'seedCounty', { today: stationToday(), staffName: ADMIN.name, names, size });
    await setup.close();
    await context.addInitScript(installProbes, ADMIN.name);
    log(
      `stored ${Object.entries(seeded.counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ')}`,
    );
    const kept = { ...seeded, today: stationToday() };
    if (marker) writeFileSync(marker, JSON.stringify(kept));
    return {
      context,
      seeded: kept,
      close,
      used: (n) => marker && writeFileSync(marker, JSON.stringify(used(kept, n))),
    };
  } catch (e) {
    await close();
    throw e;
  }
}

const used = (seeded, n) => ({ ...seeded, rollCalls: seeded.rollCalls.slice(n) });
