import { asErrorCode } from '../errors/codes';
import { villageSchema } from '../entities/village';
import { cellOf, indexColumns, isBlankRow, type RowError } from './columns';

export type { RowError } from './columns';

/**
 * Reading a village list (CSV or the first sheet of an XLSX, already turned into rows of text) into
 * villages, row by row. Pure: the caller parses the file and writes the result with one command.
 */
export interface VillageDraft {
  readonly code: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
}

export interface GazetteerParse {
  readonly villages: readonly VillageDraft[];
  readonly errors: readonly RowError[];
}

/** Column headers accepted for each field (Chinese and English). */
export const GAZETTEER_COLUMNS = {
  code: ['code', '代码', '区划代码', '行政区划代码', '村代码'],
  name: ['name', '名称', '村名', '村名称', '名字'],
  latitude: ['latitude', 'lat', '纬度'],
  longitude: ['longitude', 'lng', 'lon', '经度'],
} as const;

type Field = keyof typeof GAZETTEER_COLUMNS;
const FIELDS = Object.keys(GAZETTEER_COLUMNS) as Field[];

const VILLAGE_FIELDS = villageSchema.pick({ code: true, name: true, latitude: true, longitude: true });

export function parseGazetteer(rows: readonly (readonly string[])[]): GazetteerParse {
  const columns = indexColumns(rows[0], GAZETTEER_COLUMNS, FIELDS);
  if (!columns.ok) return { villages: [], errors: columns.errors };
  const { index } = columns;

  const villages: VillageDraft[] = [];
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (isBlankRow(cells)) return;
    const cell = (f: Field) => cellOf(cells, index, f);
    const number = (f: Field) => (cell(f) === '' ? Number.NaN : Number(cell(f)));
    const parsed = VILLAGE_FIELDS.safeParse({
      code: cell('code'),
      name: cell('name'),
      latitude: number('latitude'),
      longitude: number('longitude'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ row, field: String(issue.path[0] ?? ''), code: asErrorCode(issue.message) });
      return;
    }
    const first = seen.get(parsed.data.code);
    if (first !== undefined) {
      errors.push({ row, field: 'code', code: 'import.duplicateCode' });
      return;
    }
    seen.set(parsed.data.code, row);
    villages.push(parsed.data);
  });
  return { villages, errors };
}
