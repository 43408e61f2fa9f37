import type { HeldRow } from '../repositories/quarantine';

/** One station's changes in the clock hold, as the console shows them. */
export interface HeldStation {
  readonly stationId: string;
  readonly name: string;
  readonly areaCode: string;
  /** held, waiting (not refused) */
  readonly held: number;
  /** refused and kept until the station sends them again and hears why */
  readonly refused: number;
  /** when the oldest waiting change arrived */
  readonly oldestReceivedAt: number | null;
  /** how far the furthest waiting change's clock is ahead of the county now (0 when it is due) */
  readonly furthestAheadMs: number;
}

/** The hold per station, stations with waiting changes first (most first), then those with refusals only. */
export function summariseHeld(
  rows: readonly HeldRow[],
  stations: ReadonlyMap<string, { readonly name: string; readonly areaCode: string }>,
  now: number,
): HeldStation[] {
  const by = new Map<string, { -readonly [K in keyof HeldStation]: HeldStation[K] }>();
  for (const row of rows) {
    const known = stations.get(row.stationId);
    const entry = by.get(row.stationId) ?? {
      stationId: row.stationId,
      name: known?.name ?? row.stationId,
      areaCode: known?.areaCode ?? '',
      held: 0,
      refused: 0,
      oldestReceivedAt: null,
      furthestAheadMs: 0,
    };
    by.set(row.stationId, entry);
    if (row.refusal) {
      entry.refused += 1;
      continue;
    }
    entry.held += 1;
    entry.oldestReceivedAt = Math.min(entry.oldestReceivedAt ?? row.receivedAt, row.receivedAt);
    entry.furthestAheadMs = Math.max(entry.furthestAheadMs, row.wallMs - now);
  }
  return [...by.values()].sort((a, b) => b.held - a.held || a.name.localeCompare(b.name, 'zh-CN'));
}
