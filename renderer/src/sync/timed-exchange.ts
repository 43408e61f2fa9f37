import {
  afterTimeout,
  LINK,
  observe,
  requestTimeout,
  SERVER_TIMING,
  serverTimingMs,
  UNMEASURED,
  type LinkEstimate,
} from '#shared/sync/link-estimate';
import { TransportError } from './transport-error';

/** What this app has measured of the link to one county server (kept while the app runs). */
export interface LinkMeter {
  estimate: LinkEstimate;
}

export const newLinkMeter = (): LinkMeter => ({ estimate: UNMEASURED });

export interface Exchange {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: BodyInit;
  /** the body's bytes on the wire */
  readonly sentBytes: number;
}

export interface ExchangeTiming {
  readonly meter: LinkMeter;
  /** a fixed timeout for every wait instead of the link's (tests, enrolment) */
  readonly fixedMs?: number;
  /** a monotonic clock in ms */
  readonly now: () => number;
}

/**
 * One HTTP request with timeouts that follow the link (shared/sync/link-estimate.ts): until the answer's head
 * arrives, the time the request should take at the measured rate, with the county's work on what it sends;
 * then, while the answer's body comes, the time its length should take, started again with every piece that
 * arrives (a body that flows is never cut, one that stops is given up on). A finished exchange is a sample for
 * the meter (with the county's own time, when its `Server-Timing` says it); one given up on makes the meter's
 * estimate slower. Fails with TransportError `timeout` or `network`; any HTTP status is an answer.
 */
export async function timedExchange(
  doFetch: typeof fetch,
  request: Exchange,
  timing: ExchangeTiming,
): Promise<{ status: number; ok: boolean; text: string }> {
  const { meter } = timing;
  const started = timing.now();
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitedMs = 0;
  const arm = (bytes: number, sentBytes: number) => {
    clearTimeout(timer);
    waitedMs = timing.fixedMs ?? requestTimeout(meter.estimate, bytes, sentBytes);
    timer = setTimeout(() => abort.abort(new DOMException('timed out', 'TimeoutError')), waitedMs);
  };
  const gaveUp = (what: string): TransportError => {
    meter.estimate = afterTimeout(meter.estimate);
    return new TransportError('timeout', `${what} within ${waitedMs} ms`);
  };
  try {
    arm(request.sentBytes + LINK.headerBytes, request.sentBytes);
    let response: Response;
    try {
      response = await doFetch(request.url, {
        method: request.method,
        headers: request.headers,
        body: request.body,
        signal: abort.signal,
      });
    } catch (error) {
      if (abort.signal.aborted) throw gaveUp('No answer');
      throw new TransportError('network', error instanceof Error ? error.message : String(error));
    }
    const length = Number(response.headers.get('content-length') ?? '');
    const expected = Number.isFinite(length) && length > 0 ? length : LINK.smallBytes;
    // Given up on: stop waiting for the body even where the platform's reader would wait on.
    const stopped = new Promise<never>((_resolve, reject) => {
      abort.signal.addEventListener('abort', () => reject(abort.signal.reason), { once: true });
    });
    stopped.catch(() => undefined);
    const reader = response.body?.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    try {
      arm(expected, 0);
      for (;;) {
        const piece = reader ? await Promise.race([reader.read(), stopped]) : { done: true as const, value: undefined };
        if (piece.done) break;
        chunks.push(piece.value);
        received += piece.value.byteLength;
        arm(Math.max(0, expected - received), 0);
      }
    } catch {
      if (abort.signal.aborted) {
        void reader?.cancel().catch(() => undefined);
        throw gaveUp('Answer not complete');
      }
      throw new TransportError(
        response.status >= 500 ? 'server' : 'network',
        `Unreadable answer (HTTP ${response.status})`,
        response.status,
      );
    }
    const serverMs = serverTimingMs(response.headers.get(SERVER_TIMING.header));
    meter.estimate = observe(meter.estimate, {
      bytes: request.sentBytes + received + LINK.headerBytes,
      elapsedMs: timing.now() - started,
      ...(serverMs === undefined ? {} : { serverMs, sentBytes: request.sentBytes }),
    });
    const all = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.byteLength;
    }
    return { status: response.status, ok: response.ok, text: new TextDecoder().decode(all) };
  } finally {
    clearTimeout(timer);
  }
}
