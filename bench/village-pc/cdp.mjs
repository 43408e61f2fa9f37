// The Chrome DevTools Protocol for the village-PC benchmark: CPU throttling of the page, and the heap of the
// page and of every worker it started. Chromium throttles the page's main thread only: a worker target answers
// Emulation.setCPUThrottlingRate with "only supported for pages", so matching in its Web Worker runs at full
// speed in the throttled pass as well.

/** A CDP session on the page, its main thread slowed `rate` times (1 = not slowed). */
export async function throttledSession(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Live heap of the page and each of its workers after a full garbage collection, in bytes: the JavaScript heap
 * and the embedder's (the DOM's) heap. Workers are reached through the page's session (attached without
 * flattening, so messages travel through Target.sendMessageToTarget).
 */
export async function heapOfPageAndWorkers(cdp) {
  const workers = [];
  const onAttached = (e) => workers.push(e);
  cdp.on('Target.attachedToTarget', onAttached);
  let next = 1_000_000;
  const waiting = new Map();
  const onMessage = (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  const sendTo = (sessionId, method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, (m) => (m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result)));
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  try {
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await new Promise((r) => setTimeout(r, 500));
    const heapOf = async (send) => {
      await send('HeapProfiler.collectGarbage');
      const h = await send('Runtime.getHeapUsage');
      return h.usedSize + (h.embedderHeapUsedSize ?? 0);
    };
    const targets = [{ name: 'page', bytes: await heapOf((m, p) => cdp.send(m, p)) }];
    for (const w of workers.filter((t) => t.targetInfo.type === 'worker'))
      targets.push({
        name: `worker ${w.targetInfo.title || w.targetInfo.url.split('/').pop()}`,
        bytes: await heapOf((m, p) => sendTo(w.sessionId, m, p)),
      });
    return targets;
  } finally {
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false });
    cdp.off('Target.attachedToTarget', onAttached);
    cdp.off('Target.receivedMessageFromTarget', onMessage);
  }
}
