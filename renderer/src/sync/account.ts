import type { DoorstepBridge } from '#shared/ipc/contract';
import { asErrorCode } from '#shared/errors/codes';
import { err, ok, type Result } from '#shared/result';
import type { Actor, CommandEnv } from '../db/commands/command';
import { buildPendingBundle } from '../db/commands/sync-bundle';
import { signBundle } from './bundle-signing';
import { recordEnrolment, stationToEnrol } from '../db/commands/sync-enrolment';
import { SYNC_META } from '../db/sync-meta';
import { stationDay } from '../state/station-day';
import { countPendingChanges } from '../db/pending-changes';
import type { LinkMeter } from './timed-exchange';
import { httpTransport, normaliseServerUrl, sendsTokenInClear, TransportError, type SyncTransport } from './transport';

export const TOKEN_KEY = 'sync-token';

/**
 * The county server this PC talks to, and a transport for it when the PC is enrolled. A token the county
 * renews in an answer is kept through the platform bridge and used from then on; if it cannot be kept, the
 * old one goes on working for a while and the county renews it again. Every request says which version of
 * the app this PC runs (the county console shows it with the station's sync health). `linkFor` gives what
 * was measured of the link to a server before (kept while the app runs); without it the link starts unmeasured.
 */
export async function configuredTransport(
  env: CommandEnv,
  platform: DoorstepBridge,
  fetchImpl?: typeof fetch,
  linkFor?: (server: string) => LinkMeter,
): Promise<SyncTransport | null> {
  const server = (await env.db.meta.get(SYNC_META.server))?.value;
  if (!server) return null;
  const token = await platform.secretGet({ key: TOKEN_KEY });
  if (!token.ok || !token.value) return null;
  let current = token.value;
  const info = await platform.appInfo({});
  return httpTransport({
    baseUrl: server,
    ...(info.ok ? { appVersion: info.value.version } : {}),
    token: async () => current,
    onNewToken: async (next) => {
      const saved = await platform.secretSet({ key: TOKEN_KEY, value: next });
      if (saved.ok) current = next;
    },
    fetch: fetchImpl,
    link: linkFor?.(server),
  });
}

/**
 * Enrols this PC with the county: the code (from `county station add`) buys a station token, kept through
 * the platform bridge (safeStorage on the desktop). An http:// address other than this PC is refused
 * (`sync.plainHttp`) unless the person confirmed it (`allowPlainHttp`). The PC keeps its own station id (see docs/sync.md).
 * Errors come back as codes with the server's Chinese message when it gave one.
 */
export async function enrollStation(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor,
  input: { server: string; code: string; allowPlainHttp?: boolean },
  fetchImpl?: typeof fetch,
): Promise<Result<{ stationId: string }>> {
  const server = normaliseServerUrl(input.server);
  if (!server) return err('sync.badServer', `Not a server address: ${input.server}`);
  // The code and every token after it would cross the network in clear: a person says so first.
  if (sendsTokenInClear(server) && !input.allowPlainHttp)
    return err('sync.plainHttp', `${server} is not encrypted (http): confirm before sending a token to it`);
  const check = await stationToEnrol(env, actor);
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
          : asErrorCode(error.serverCode ?? 'sync.enrollFailed');
      return err(code, error.messageZh ?? error.message);
    }
    return err('sync.enrollFailed', String(error));
  }
  if (answer.stationId !== check.value.stationId)
    return err('enroll.stationMismatch', 'The county gave another station id');
  const saved = await platform.secretSet({ key: TOKEN_KEY, value: answer.token });
  if (!saved.ok) return saved;
  return recordEnrolment(env, actor, server);
}

/**
 * Pending changes as a file for a USB stick, for a station with no network at all, named by the station's day
 * (China time, whatever zone the PC is set to). A PC enrolled with the county signs it with its token
 * (`bundle-signing.ts`), so the county knows this station made it and that nothing in it was changed; a PC never
 * enrolled has no token, and the county then asks for the station's enrolment code (`signed: false`).
 */
export async function exportPendingBundle(
  env: CommandEnv,
  platform: DoorstepBridge,
  actor: Actor,
): Promise<Result<{ count: number; saved: boolean; signed: boolean }>> {
  const built = await buildPendingBundle(env, actor);
  if (!built.ok) return built;
  const token = await platform.secretGet({ key: TOKEN_KEY });
  const bundle = token.ok && token.value ? await signBundle(built.value, token.value) : built.value;
  const day = stationDay(env.now());
  const file = await platform.saveFile({
    suggestedName: `doorstep-sync-${day}.json`,
    content: JSON.stringify(bundle),
    encoding: 'utf8',
  });
  if (!file.ok) return file;
  // the same count the 同步 page and the home card show (audit entries travel along, uncounted)
  return ok({
    count: countPendingChanges(bundle.mutations),
    saved: file.value.saved,
    signed: bundle.signature !== undefined,
  });
}
