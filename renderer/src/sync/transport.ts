import { z, type ZodType } from 'zod';
import {
  COMPACT_CONTENT_TYPE,
  COMPACT_LAYOUT_2,
  compactResultsSchema,
  decodeResults,
  encodeCompact,
} from '#shared/sync/columns';
import type { LinkEstimate } from '#shared/sync/link-estimate';
import { EPOCH_HEADER, healthSchema, pullResponseSchema, pushResponseSchema, type PushBody } from '#shared/sync/wire';
import { newLinkMeter, timedExchange, type LinkMeter } from './timed-exchange';
import { TransportError, type TransportErrorKind } from './transport-error';

const enrollResponseSchema = z.object({ stationId: z.string(), token: z.string() });
const compactAnswerSchema = compactResultsSchema.extend({
  serverEpoch: z.string().min(1),
  serverTime: z.number().int(),
});

export type Health = z.infer<typeof healthSchema>;
export type PushResponse = z.infer<typeof pushResponseSchema>;
export type PullResponse = z.infer<typeof pullResponseSchema>;

export { TransportError, type TransportErrorKind } from './transport-error';

/** A push's answer, and how many bytes its body took on the wire (what batch sizes adapt to). */
export type PushAnswer = PushResponse & { readonly sentBytes?: number };

export interface SyncTransport {
  health(): Promise<Health>;
  /** `epoch`: the server epoch this push was built for; a server of another one refuses it unapplied. */
  push(body: PushBody, epoch?: string): Promise<PushAnswer>;
  /** `own`: also what this device pushed itself (a PC restored from a backup asks so once). */
  pull(since: number, limit: number, own?: boolean): Promise<PullResponse>;
  enroll(body: {
    enrollmentCode: string;
    deviceName: string;
    stationId: string;
  }): Promise<{ stationId: string; token: string }>;
  /** The link to the county as measured so far (what batch sizes follow), when the transport measures it. */
  link?(): LinkEstimate;
}

/** The request header that carries the station app's version to the county. */
export const APP_VERSION_HEADER = 'x-doorstep-app-version';

export interface HttpTransportOptions {
  /** e.g. http://192.168.1.10:8787 */
  readonly baseUrl: string;
  readonly token: () => Promise<string | null>;
  /** A fixed timeout for every wait; without it, timeouts follow the link as measured (./timed-exchange.ts). */
  readonly timeoutMs?: number;
  /** What was measured of this server's link before (kept across transports while the app runs). */
  readonly link?: LinkMeter;
  /** A monotonic clock in ms (performance.now by default). */
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
  /** gzip request bodies over this size (bytes of JSON). */
  readonly gzipOver?: number;
  /** The county renewed this device's token in an answer (`renewedToken`): keep it and send it from now on. */
  readonly onNewToken?: (token: string) => Promise<void>;
  /** This app's version, sent with every request (`x-doorstep-app-version`) so the county sees what each PC runs. */
  readonly appVersion?: string;
}

/** The new token an authenticated answer carries, if any (tokens are base64url, far shorter than 200). */
function renewedTokenIn(json: unknown): string | null {
  if (json === null || typeof json !== 'object' || !('renewedToken' in json)) return null;
  const token = json.renewedToken;
  return typeof token === 'string' && token.length > 0 && token.length <= 200 ? token : null;
}

async function gzip(text: string): Promise<Uint8Array> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The address is this PC itself (nothing crosses a network). */
export const isLoopback = (url: string): boolean => {
  try {
    return LOOPBACK.test(new URL(url).hostname);
  } catch {
    return false;
  }
};

/** A token sent to this address would cross the network unencrypted. */
export const sendsTokenInClear = (url: string): boolean => /^http:/i.test(url) && !isLoopback(url);

/**
 * Normalises what a person typed: an address without a scheme gets https:// (tokens and ID numbers cross the
 * county network), or http:// when it is this PC itself; drops a trailing slash. Typing http:// on purpose is
 * kept (the enrolment asks first: `sendsTokenInClear`).
 */
export function normaliseServerUrl(typed: string): string | null {
  const raw = typed.trim();
  if (!raw) return null;
  const host = raw.replace(/[:/].*$/, '');
  const scheme = LOOPBACK.test(host) || /^\[::1\]/.test(raw) ? 'http' : 'https';
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `${scheme}://${raw}`;
  try {
    const url = new URL(withScheme);
    if (url.username || url.password || url.search || url.hash) return null;
    return url.origin + url.pathname.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/** The sync protocol over HTTP (DESIGN.md, Sync protocol): gzip bodies, bearer token, every answer checked. */
export function httpTransport(options: HttpTransportOptions): SyncTransport {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const meter = options.link ?? newLinkMeter();
  const timing = { meter, fixedMs: options.timeoutMs, now: options.now ?? (() => performance.now()) };
  const gzipOver = options.gzipOver ?? 1024;

  // Set from /health: whether the server takes the compact batch encoding, and which layout.
  let compact: 0 | 1 | 2 = 0;

  /** One request: the checked answer, and the bytes its body took. */
  async function call<T>(
    path: string,
    schema: ZodType<T>,
    init: { method: 'GET' | 'POST'; body?: unknown; auth?: boolean; contentType?: string; epoch?: string },
  ): Promise<{ value: T; sentBytes: number }> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.appVersion) headers[APP_VERSION_HEADER] = options.appVersion;
    if (init.epoch) headers[EPOCH_HEADER] = init.epoch;
    if (init.auth !== false) {
      const token = await options.token();
      if (!token) throw new TransportError('auth', 'This station has no token yet', 401, 'auth.required');
      headers.authorization = `Bearer ${token}`;
    }
    let body: BodyInit | undefined;
    let sentBytes = 0;
    if (init.body !== undefined) {
      const text = JSON.stringify(init.body);
      headers['content-type'] = init.contentType ?? 'application/json';
      if (text.length > gzipOver) {
        headers['content-encoding'] = 'gzip';
        body = (await gzip(text)) as Uint8Array<ArrayBuffer>;
        sentBytes = body.byteLength;
      } else {
        body = text;
        sentBytes = new Blob([text]).size;
      }
    }
    const response = await timedExchange(
      doFetch,
      { url: `${options.baseUrl}/api/v1${path}`, method: init.method, headers, body, sentBytes },
      timing,
    );
    let json: unknown;
    try {
      json = JSON.parse(response.text);
    } catch {
      throw new TransportError(
        response.status >= 500 ? 'server' : 'network',
        `Unreadable answer (HTTP ${response.status})`,
        response.status,
      );
    }
    if (!response.ok) {
      const info = (json ?? {}) as { error?: string; message?: string; messageZh?: string };
      const s = response.status;
      const kind: TransportErrorKind =
        s === 413 ? 'too-large' : s === 401 || s === 403 ? 'auth' : s === 429 ? 'rate' : s >= 500 ? 'server' : 'client';
      throw new TransportError(kind, info.message ?? `HTTP ${s}`, s, info.error, info.messageZh);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new TransportError('server', `Unexpected answer from ${path}`, response.status);
    const renewed = init.auth === false ? null : renewedTokenIn(json);
    if (renewed && options.onNewToken) await options.onNewToken(renewed);
    return { value: parsed.data, sentBytes };
  }

  return {
    health: async () => {
      const { value: health } = await call('/health', healthSchema, { method: 'GET', auth: false });
      const encodings = health.encodings ?? [];
      compact = encodings.includes(COMPACT_LAYOUT_2) ? 2 : encodings.includes(COMPACT_CONTENT_TYPE) ? 1 : 0;
      return health;
    },
    push: async (body, epoch) => {
      if (compact === 0) {
        const { value, sentBytes } = await call('/sync/push', pushResponseSchema, { method: 'POST', body, epoch });
        return { ...value, sentBytes };
      }
      const { value, sentBytes } = await call('/sync/push', compactAnswerSchema, {
        method: 'POST',
        body: encodeCompact(body.schemaVersion, body.mutations, compact),
        contentType: COMPACT_CONTENT_TYPE,
        epoch,
      });
      return {
        serverEpoch: value.serverEpoch,
        serverTime: value.serverTime,
        results: decodeResults(body.mutations, value),
        sentBytes,
      };
    },
    pull: async (since, limit, own) =>
      (
        await call(`/sync/pull?since=${since}&limit=${limit}${own ? '&own=1' : ''}`, pullResponseSchema, {
          method: 'GET',
        })
      ).value,
    enroll: async (body) => (await call('/enroll', enrollResponseSchema, { method: 'POST', body, auth: false })).value,
    link: () => meter.estimate,
  };
}
