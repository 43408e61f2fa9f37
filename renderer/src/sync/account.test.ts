import { describe, expect, it } from 'vitest';
import type { DoorstepBridge } from '#shared/ipc/contract';
import { err, ok } from '#shared/result';
import { setUp, testEnv } from '../test-support/test-env';
import { SYNC_META } from '../db/sync-meta';
import { configuredTransport, exportPendingBundle, TOKEN_KEY } from './account';
import { countPendingChanges } from '../db/pending-changes';
import { markRefused } from '../db/commands/sync-outbox';
import { importVillages } from '../db/commands/villages';
import { memoryBridge } from '../test-support/memory-platform';

/** A platform bridge keeping secrets in memory; `failWrites` makes keeping one fail (a locked keychain). */
function platform(options: { failWrites?: boolean } = {}): DoorstepBridge & { secrets: Map<string, string> } {
  const { bridge, secrets } = memoryBridge();
  secrets.set(TOKEN_KEY, 'first-token');
  return {
    ...bridge,
    secrets,
    secretSet: async ({ key, value }) => {
      if (options.failWrites) return err('secret.unavailable', 'no keychain');
      secrets.set(key, value);
      return ok(null);
    },
  };
}

/** A county that renews the token in its first authenticated answer, and records what each request carried. */
function county() {
  const seen: (string | null)[] = [];
  let renewed = false;
  const answer = (body: object) =>
    new Response(JSON.stringify({ serverEpoch: 'e1', serverTime: 1, ...body }), {
      headers: { 'content-type': 'application/json' },
    });
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input);
    seen.push(new Headers(init?.headers).get('authorization'));
    if (url.endsWith('/health'))
      return answer({ ok: true, version: 't', maxPushBytes: 1_000, renewedToken: 'not-for-health' });
    const renewal = renewed ? {} : { renewedToken: 'second-token' };
    renewed = true;
    return answer({ changes: [], nextSince: 0, hasMore: false, ...renewal });
  };
  return { seen, fetchImpl };
}

async function enrolledEnv() {
  const env = testEnv();
  await env.db.meta.put({ key: SYNC_META.server, value: 'http://county.test' });
  return env;
}

describe('a token the county renews', () => {
  it('is kept through the platform bridge and sent from the next request on', async () => {
    const env = await enrolledEnv();
    const bridge = platform();
    const { seen, fetchImpl } = county();
    const transport = await configuredTransport(env, bridge, fetchImpl);
    await transport?.health();
    await transport?.pull(0, 10);
    await transport?.pull(0, 10);
    expect(seen).toEqual([null, 'Bearer first-token', 'Bearer second-token']);
    expect(bridge.secrets.get(TOKEN_KEY)).toBe('second-token');
    // The next sync run starts from the kept token.
    const next = county();
    await (await configuredTransport(env, bridge, next.fetchImpl))?.pull(0, 10);
    expect(next.seen).toEqual(['Bearer second-token']);
  });

  it('is not taken from an unauthenticated answer, and not used when it could not be kept', async () => {
    const env = await enrolledEnv();
    const bridge = platform({ failWrites: true });
    const { seen, fetchImpl } = county();
    const transport = await configuredTransport(env, bridge, fetchImpl);
    await transport?.health();
    expect(bridge.secrets.get(TOKEN_KEY)).toBe('first-token');
    await transport?.pull(0, 10);
    await transport?.pull(0, 10);
    // The old token stays valid for a grace period; the county renews it again in a later answer.
    expect(seen).toEqual([null, 'Bearer first-token', 'Bearer first-token']);
    expect(bridge.secrets.get(TOKEN_KEY)).toBe('first-token');
  });
});

describe('the app version', () => {
  it('goes with every request of an enrolled station, as the platform reports it', async () => {
    const env = await enrolledEnv();
    const versions: (string | null)[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      versions.push(new Headers(init?.headers).get('x-doorstep-app-version'));
      const body = String(input).endsWith('/health')
        ? { ok: true, version: 't', maxPushBytes: 1_000 }
        : { changes: [], nextSince: 0, hasMore: false };
      return new Response(JSON.stringify({ serverEpoch: 'e1', serverTime: 1, ...body }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    const transport = await configuredTransport(env, platform(), fetchImpl);
    await transport?.health();
    await transport?.pull(0, 10);
    expect(versions).toEqual(['test', 'test']);
  });
});

describe('the county address a person types', () => {
  it('is https unless it is this PC, and an http address elsewhere is refused until confirmed', async () => {
    const { normaliseServerUrl, sendsTokenInClear } = await import('./transport');
    const { enrollStation } = await import('./account');
    expect(normaliseServerUrl('county.example.cn:8787')).toBe('https://county.example.cn:8787');
    expect(normaliseServerUrl('192.168.1.10:8787/')).toBe('https://192.168.1.10:8787');
    expect(normaliseServerUrl('127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(normaliseServerUrl('localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseServerUrl('http://192.168.1.10:8787')).toBe('http://192.168.1.10:8787');
    expect(sendsTokenInClear('http://192.168.1.10:8787')).toBe(true);
    expect(sendsTokenInClear('http://127.0.0.1:8787')).toBe(false);
    expect(sendsTokenInClear('https://192.168.1.10:8787')).toBe(false);
    const env = testEnv();
    let called = false;
    const fetchImpl: typeof fetch = async () => {
      called = true;
      throw new TypeError('offline');
    };
    const actor = { id: 'x', name: 'x' };
    const refused = await enrollStation(
      env,
      platform(),
      actor,
      { server: 'http://192.168.1.10:8787', code: 'ABCD' },
      fetchImpl,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'sync.plainHttp' } });
    expect(called).toBe(false);
  });
});

describe('the USB export', () => {
  it('says it exported as many changes as the 同步 page and the home card count, in a file named by the China date', async () => {
    // 01:30 in China on 2 March is still 1 March in UTC
    const env = testEnv(Date.UTC(2026, 2, 1, 17, 30));
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    const villages = [
      { code: '522626101201', name: '甲村', latitude: 27.4, longitude: 108.7 },
      { code: '522626101202', name: '乙村', latitude: 27.3, longitude: 108.6 },
    ];
    expect((await importVillages(env, actor, villages)).ok).toBe(true);
    // a change the county refused is kept for a person to look at: not waiting, not exported
    const refused = (await env.db.outbox.toArray()).find((e) => e.table === 'villages');
    await markRefused(env.db, refused?.id ?? '', { code: 'x', message: '', at: 1 });
    const names: string[] = [];
    const bridge: DoorstepBridge = {
      ...platform(),
      saveFile: async ({ suggestedName }) => {
        names.push(suggestedName);
        return ok({ saved: true });
      },
    };
    const result = await exportPendingBundle(env, bridge, actor);
    const shown = countPendingChanges(await env.db.outbox.toArray());
    expect(shown).toBeGreaterThan(0);
    expect(result).toEqual({ ok: true, value: { count: shown, saved: true, signed: true } });
    expect(names).toEqual(['doorstep-sync-2026-03-02.json']);
  });

  it('signs the file with a key derived from the token (never the token itself); a PC without a token does not', async () => {
    const env = testEnv(Date.UTC(2026, 2, 1, 9));
    const { adminId } = await setUp(env);
    const actor = { id: adminId, name: '王芳' };
    expect(
      (await importVillages(env, actor, [{ code: '522626101201', name: '甲村', latitude: 27.4, longitude: 108.7 }])).ok,
    ).toBe(true);
    const files: string[] = [];
    const enrolled: DoorstepBridge = {
      ...platform(),
      saveFile: async ({ content }) => (files.push(content), ok({ saved: true })),
    };
    expect(await exportPendingBundle(env, enrolled, actor)).toMatchObject({ ok: true, value: { signed: true } });
    const file = files[0] ?? '';
    expect(file).not.toContain('first-token');
    const { signature, ...signed } = JSON.parse(file) as Record<string, unknown> & {
      signature: { alg: string; value: string };
    };
    expect(signature).toEqual({ alg: 'HKDF-SHA256/HMAC-SHA256', value: expect.stringMatching(/^[\w-]{43}$/) });
    expect(signed.changeCount).toBe((signed.mutations as unknown[]).length);
    // The county checks it with its own HMAC (test/integration/sync.test.ts); another token signs differently.
    const other: DoorstepBridge = { ...enrolled, secretGet: async () => ok('second-token') };
    expect((await exportPendingBundle(env, other, actor)).ok).toBe(true);
    expect(JSON.parse(files[1] ?? '{}')).toMatchObject({
      signature: { value: expect.not.stringMatching(signature.value) },
    });

    const never = platform();
    never.secrets.clear();
    const unsigned = await exportPendingBundle(
      env,
      { ...never, saveFile: async ({ content }) => (files.push(content), ok({ saved: true })) },
      actor,
    );
    expect(unsigned).toMatchObject({ ok: true, value: { signed: false } });
    expect(JSON.parse(files[2] ?? '{}')).not.toHaveProperty('signature');
  });
});
