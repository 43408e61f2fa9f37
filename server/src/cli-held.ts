import type { HeldRow } from './repositories/quarantine';
import type { Service } from './service';
import { chinaTime } from './cli-time';

export interface HeldCommand {
  readonly sub: string | undefined;
  readonly ids: readonly string[];
  readonly station: string | undefined;
  readonly reason: string | undefined;
}

const USAGE = [
  '用法 / Usage:',
  '  npm run county -- held list [--station STATION_ID]        暂存的改动 / changes held for a clock ahead',
  '  npm run county -- held release ID… | --station STATION_ID  按县里时间放行 / apply now, at county time',
  '  npm run county -- held refuse ID… [--reason 原因]           拒收（站点下次同步时会看到原因）/ refuse',
].join('\n');

function describeRow(h: HeldRow): string {
  const state = h.refusal
    ? `已拒收 refused ${chinaTime(h.refusal.at)} (${h.refusal.code}: ${h.refusal.message})`
    : '暂存中 held';
  return `${h.mutation.id}  ${h.stationId}  ${h.mutation.table}/${h.mutation.recordId}  时钟 clock ${chinaTime(h.wallMs)}  收到 received ${chinaTime(h.receivedAt)}  ${state}`;
}

/**
 * `held …`: the changes the county holds because their clock was too far ahead. An admin lists them, releases
 * them (applied now, their clock set back to the county's time) or refuses them (kept with the reason, which
 * the station sees). A change the rules refuse at its release is printed, never dropped quietly.
 */
export async function runHeldCommand(hold: Service['hold'], command: HeldCommand): Promise<number> {
  const { sub, station } = command;
  if (sub === 'list') {
    const rows = await hold.list(station);
    if (rows.length === 0) console.log('没有暂存的改动。 / Nothing is held.');
    for (const h of rows) console.log(describeRow(h));
    return 0;
  }
  const ids =
    command.ids.length > 0
      ? command.ids
      : station
        ? (await hold.list(station)).filter((h) => h.refusal === null).map((h) => h.mutation.id)
        : [];
  if ((sub !== 'release' && sub !== 'refuse') || ids.length === 0) {
    console.error(USAGE);
    return 2;
  }
  if (sub === 'release') {
    const report = await hold.release(ids);
    console.log(`已放行 ${report.released} 条。 / Released ${report.released}.`);
    for (const r of report.refused)
      console.log(`  放行时被拒收 refused at release: ${r.id} (${r.stationId}) ${r.code} ${r.message}`);
    for (const id of report.missing) console.log(`  不在暂存中 not held: ${id}`);
    return report.refused.length > 0 ? 1 : 0;
  }
  const reason = command.reason ?? '县管理员拒收 / Refused by the county admin';
  const done = await hold.refuse(ids, reason);
  console.log(`已拒收 ${done.refused.length} 条：${reason} / Refused ${done.refused.length}.`);
  for (const id of done.missing) console.log(`  不在暂存中 not held: ${id}`);
  return 0;
}
