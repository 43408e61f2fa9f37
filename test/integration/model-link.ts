import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';

/**
 * The link between the model's stations and its county: `fetch` into the server in-process, with faults. A
 * request may be dropped before or after the server commits, duplicated, delayed, replayed late (reordering),
 * answered 500 or 413, stall until the client's own timeout gives up (before or after the server committed), or
 * find the calling station's token revoked just as it arrives (mid-sync).
 */
export type Fault =
  | 'ok'
  | 'drop-before'
  | 'drop-after'
  | 'duplicate'
  | 'replay'
  | 'delay'
  | 'e500'
  | 'e413'
  | 'stall-before'
  | 'stall-after'
  | 'revoke';

export const faultArb = fc.constantFrom<Fault>(
  'ok',
  'ok',
  'ok',
  'ok',
  'drop-before',
  'drop-after',
  'duplicate',
  'replay',
  'delay',
  'e500',
  'e413',
  'stall-before',
  'stall-after',
  'revoke',
);

export interface LinkState {
  /** the county's HTTP face as it is now (a restart makes a new one) */
  app(): FastifyInstance;
  /** faults on (false once the model heals) */
  faulty: boolean;
  readonly faults: Iterator<Fault>;
  /** revokes every token of the station whose token this is (the `revoke` fault) */
  revoke(authorization: string | undefined): Promise<void>;
}

/** Resolves never; rejects as the request's own signal aborts (the client's timeout). */
const stallUntilAbort = (signal: AbortSignal | null | undefined): Promise<never> =>
  new Promise((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

export function faultyFetch(link: LinkState): typeof fetch {
  const oldPushes: { url: string; init: RequestInit }[] = [];
  const send = async (u: string, i: RequestInit) => {
    const r = await link.app().inject({
      method: (i.method ?? 'GET') as 'GET' | 'POST',
      url: u,
      headers: i.headers as Record<string, string>,
      payload:
        i.body === undefined ? undefined : typeof i.body === 'string' ? i.body : Buffer.from(i.body as Uint8Array),
    });
    return new Response(r.body, { status: r.statusCode, headers: { 'content-type': 'application/json' } });
  };
  return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input).replace('http://county', '');
    const fault: Fault = link.faulty ? (link.faults.next().value as Fault) : 'ok';
    const isPush = url.includes('/sync/push');
    if (isPush) oldPushes.push({ url, init });
    switch (fault) {
      case 'drop-before':
        throw new TypeError('fetch failed (dropped before the server)');
      case 'drop-after':
        await send(url, init);
        throw new TypeError('fetch failed (answer lost)');
      case 'duplicate':
        await send(url, init);
        return send(url, init);
      case 'replay': {
        const old = oldPushes[Math.floor(oldPushes.length / 2)];
        if (old) await send(old.url, old.init);
        return send(url, init);
      }
      case 'e500':
        return new Response(JSON.stringify({ error: 'server.error' }), { status: 500 });
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, 5));
        return send(url, init);
      case 'e413':
        return isPush ? new Response(JSON.stringify({ error: 'body.tooLarge' }), { status: 413 }) : send(url, init);
      case 'stall-before':
        return stallUntilAbort(init.signal);
      case 'stall-after':
        await send(url, init);
        return stallUntilAbort(init.signal);
      case 'revoke':
        await link.revoke((init.headers as Record<string, string> | undefined)?.authorization);
        return send(url, init);
      default:
        return send(url, init);
    }
  }) as typeof fetch;
}
