import type { DoorstepBridge } from '#shared/ipc/contract';
import { makeBundle } from '#shared/sync/bundle';
import { err, ok, type Result } from '#shared/result';
import { appendAudit, META, requireActor, runCommand, type Actor, type CommandEnv } from '../db/commands/command';
import { SYNC_META } from '../db/sync-meta';
import { asMutation } from './engine';
import { httpTransport, normaliseServerUrl, TransportError, type SyncTransport } from './transport';

export const TOKEN_KEY = 'sync-token';

/**
 * The county server this PC talks to, and a transport for it when the PC is enrolled. A token the county
 * renews in an answer is kept through the platform bridge and used from then on; if it cannot be kept, the
 * old one goes on working for a while and the county renews it again.
 */
export async function configuredTransport(
  env: CommandEnv,
  platform: DoorstepBridge,
  fetchImpl?: typeof fetch,
): Promise<SyncTransport | null> {
  const server = (await env.db.meta.get(SYNC_META.server))?.value;
  if (!server) return null;
  const token = await platform.secretGet({ key: TOKEN_KEY });
  if (!token.ok || !token.value) return null;
  let current = token.value;
  return httpTransport({
    baseUrl: server,
    token: async () => current,
    onNewToken: async (next) => {
      const saved = await platform.secretSet({ key: TOKEN_KEY, value: next });
      if (saved.ok) current = next;
    },
    fetch: fetchImpl,
  });
}

/**
 * Enrols this PC with the county: the code (from `county station add`) buys a station token, kept through
 * the platform bridge (safeStorage on the desktop). The PC keeps its own station id (see docs/sync.md).
 * Errors come back as codes with the server's Chinese message when it gave one.
 */
export async function enrollStation(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor,
  input: { server: string; code: string },
  fetchImpl?: typeof fetch,
): Promise<Result<{ stationId: string }>> {
  const server = normaliseServerUrl(input.server);
  if (!server) return err('sync.badServer', `Not a server address: ${input.server}`);
  const check = await runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    return { stationId: ctx.stationId, name: (await env.db.stations.get(ctx.stationId))?.name ?? '' };
  });
  if (!check.ok) return check;
  const transport = httpTransport({ baseUrl: server, token: async () => null, fetch: fetchImpl, timeoutMs: 60_000 });
  let answer: { stationId: string; token: string };
  try {
    answer = await transport.enroll({
      enrollmentCode: input.code,
      deviceName: `${check.value.name} · Doorstep`.slice(0, 80),
      stationId: check.value.stationId,
    });
  } catch (error) {
    if (error instanceof TransportError) {
      const code =
        error.kind === 'network' || error.kind === 'timeout'
          ? 'sync.unreachable'
          : (error.serverCode ?? 'sync.enrollFailed');
      return { ok: false, error: { code, message: error.messageZh ?? error.message } };
    }
    return err('sync.enrollFailed', String(error));
  }
  if (answer.stationId !== check.value.stationId)
    return err('enroll.stationMismatch', 'The county gave another station id');
  const saved = await platform.secretSet({ key: TOKEN_KEY, value: answer.token });
  if (!saved.ok) return saved;
  return runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    await env.db.meta.put({ key: SYNC_META.server, value: server });
    await appendAudit(ctx, { action: 'sync.enroll', table: 'stations', recordId: ctx.stationId, reason: server });
    return { stationId: ctx.stationId };
  });
}

/** Pending changes as a file for a USB stick, for a station with no network at all. */
export async function exportPendingBundle(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor,
): Promise<Result<{ count: number; saved: boolean }>> {
  const built = await runCommand(env, actor, async (ctx) => {
    await requireActor(ctx, 'settings');
    const station = await env.db.stations.get(ctx.stationId);
    const deviceId = (await env.db.meta.get(META.deviceId))?.value ?? 'unknown';
    const mutations = (
      await env.db.outbox
        .orderBy('hlc')
        .filter((e) => !e.rejected)
        .toArray()
    ).map(asMutation);
    await appendAudit(ctx, {
      action: 'sync.export-bundle',
      table: 'stations',
      recordId: ctx.stationId,
      fields: [],
      reason: `${mutations.length}`,
    });
    return makeBundle({
      stationId: ctx.stationId,
      station: station ? { name: station.name, areaCode: station.areaCode } : null,
      deviceId,
      exportedAt: env.now(),
      mutations,
    });
  });
  if (!built.ok) return built;
  const day = new Date(env.now()).toISOString().slice(0, 10);
  const file = await platform.saveFile({
    suggestedName: `doorstep-sync-${day}.json`,
    content: JSON.stringify(built.value),
    encoding: 'utf8',
  });
  if (!file.ok) return file;
  return ok({ count: built.value.mutations.length, saved: file.value.saved });
}
