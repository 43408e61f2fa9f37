// What the village-PC benchmark measures inside the page, installed before the app's own code runs on every
// navigation: long tasks (PerformanceObserver), the moment the log-in screen is usable, and "timers" armed
// from Node that run from a trigger (an input event's own timestamp, or now) to the first frame in which the
// screen shows what was asked for.

/** Runs in the page (addInitScript). Everything lives on `window.__vpc`. */
export function installProbes(staffName) {
  const v = { longTasks: [], timers: {}, login: {} };
  window.__vpc = v;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) v.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // After what is checked shows: the frame that paints it, then the first task after that frame (the page
  // is free to take the next key or click).
  const afterFrame = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  const watchers = new Set();
  const check = () => {
    for (const w of [...watchers]) if (w()) watchers.delete(w);
  };
  const start = () =>
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });

  // The log-in screen: the staff member's name to tap.
  watchers.add(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes(staffName));
    if (!button) return false;
    v.login.shownAt = performance.now();
    afterFrame((at) => (v.login.usableAt = at));
    return true;
  });

  /**
   * Times `name`: from the trigger (`'now'`, or the timestamp of the next event of that type, such as
   * `keydown` or `click`) to the frame after `shows()` first holds.
   */
  v.arm = (name, trigger, shows) => {
    const timer = { start: null, shownAt: null, end: null };
    v.timers[name] = timer;
    const watch = () => {
      if (timer.start === null || !shows()) return false;
      timer.shownAt = performance.now();
      afterFrame((at) => (timer.end = at));
      return true;
    };
    if (trigger === 'now') timer.start = performance.now();
    else
      window.addEventListener(
        trigger,
        (e) => {
          timer.start = e.timeStamp;
          queueMicrotask(() => {
            if (!watch()) watchers.add(watch);
          });
        },
        { capture: true, once: true },
      );
    if (trigger === 'now' && !watch()) watchers.add(watch);
  };
  v.took = (name) => {
    const t = v.timers[name];
    return t && t.end !== null ? t.end - t.start : null;
  };
}

/**
 * Arms a timer in the page; `shows` runs in the page, with `arg`. Sent as source text to evaluate (the page's
 * CSP forbids building functions from strings inside it; what the debugger evaluates is not bound by it).
 * With `thenHash`, the same evaluation then opens that route, so the timer starts as the navigation does.
 */
export async function arm(page, name, trigger, shows, arg, thenHash) {
  const args = [name, trigger].map((x) => JSON.stringify(x)).join(', ');
  const go = thenHash === undefined ? '' : `; location.hash = ${JSON.stringify(thenHash)}`;
  await page.evaluate(`window.__vpc.arm(${args}, () => (${shows.toString()})(${JSON.stringify(arg ?? null)}))${go}`);
}

/** Waits for the timer to end and answers its milliseconds. */
export async function took(page, name, timeout = 120_000) {
  const handle = await page.waitForFunction((n) => window.__vpc.took(n), name, { timeout, polling: 20 });
  return handle.jsonValue();
}

/** The page's clock now (ms since its navigation started). */
export const pageNow = (page) => page.evaluate(() => performance.now());
