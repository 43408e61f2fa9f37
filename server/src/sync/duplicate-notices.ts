import { maskResidentId } from '#shared/identifiers/resident-id';
import type { DuplicateNotice } from '#shared/sync/wire';
import { openPairsOf } from '../repositories/duplicates';
import type { Sql } from '../store/sql';

/**
 * What a station is told of the duplicate-person queue: each open pair with one of its own people and a person of
 * another station, named by its own record, the other station's name and the ID number masked. Nothing of the
 * other station's person travels.
 */
export async function duplicateNotices(sql: Sql, stationId: string): Promise<DuplicateNotice[]> {
  return (await openPairsOf(sql, stationId)).map((r) => {
    const mineIsA = String(r.station_a) === stationId;
    const side = mineIsA ? 'b' : 'a';
    return {
      kind: 'duplicate-person',
      id: String(r.id),
      recordId: String(mineIsA ? r.record_a : r.record_b),
      otherStation: {
        id: String(r[`station_${side}`]),
        name: String(r[`name_${side}`] ?? ''),
        areaCode: String(r[`area_${side}`] ?? ''),
      },
      idNumberMasked: maskResidentId(String(r.id_number)),
      foundAt: Number(r.found_at),
    };
  });
}
