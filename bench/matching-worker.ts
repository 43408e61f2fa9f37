// The matching benchmark inside a browser Web Worker: the very kernel the Node benchmark runs, bundled by
// bench/matching.bench.mjs and started from a page in headless Chromium.
import { runMatchingBenchmark } from '#shared/matching/bench-kernel';

const scope = self as unknown as { postMessage: (message: unknown) => void };
try {
  scope.postMessage({ figures: runMatchingBenchmark({ now: () => performance.now() }) });
} catch (error) {
  scope.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
}
