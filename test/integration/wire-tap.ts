import { gunzipSync } from 'node:zlib';
import { loadPinyin } from '#renderer/registry/pinyin';
import { configuredTransport } from '#renderer/sync/account';
import { newSyncSession, syncOnce, type SyncReport } from '#renderer/sync/engine';
import type { TestStation } from './harness';

/** What crossed the wire in one direction, as text (gzip undone): request bodies, or answers. */
export interface WireTap {
  readonly sent: string[];
  readonly received: string[];
  /** Everything the station sent so far, as one text to search. */
  sentText(): string;
}

async function bodyText(body: BodyInit | null | undefined): Promise<string> {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string') return body;
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return new TextDecoder().decode(gzipped ? gunzipSync(bytes) : bytes);
}

/**
 * A sync of this station with every request body and every answer kept as it went over HTTP: what the county
 * server received, byte for byte (after gzip), in plain JSON or the compact encoding.
 */
export async function tappedSync(station: TestStation, tap: WireTap): Promise<SyncReport> {
  const tapping = (async (input: RequestInfo | URL, init?: RequestInit) => {
    tap.sent.push(await bodyText(init?.body));
    const response = await fetch(input, init);
    tap.received.push(await response.clone().text());
    return response;
  }) as typeof fetch;
  const transport = await configuredTransport(station.env, station.platform, tapping);
  if (!transport) throw new Error('not enrolled');
  return syncOnce({
    db: station.env.db,
    transport,
    now: station.env.now,
    pinyin: loadPinyin,
    session: newSyncSession(),
  });
}

export const newTap = (): WireTap => {
  const tap: WireTap = { sent: [], received: [], sentText: () => tap.sent.join('\n') };
  return tap;
};
