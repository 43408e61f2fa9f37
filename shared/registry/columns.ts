import type { ErrorCode } from '../errors/codes';
import { SKILLS } from '../catalogue/skills';
import type { SkillLevel, SkillRef } from '../entities/common';

/**
 * What every spreadsheet import shares: finding its columns by header (Chinese or English, any order), the
 * row errors it reports, and reading a row's cells. Pure.
 */
export interface RowError {
  /** 1-based row number as the person sees it in Excel (the header is row 1) */
  readonly row: number;
  readonly field: string;
  readonly code: ErrorCode;
}

export type ColumnSpec<C extends string> = Readonly<Record<C, readonly string[]>>;

export type ColumnIndex<C extends string> =
  | { readonly ok: true; readonly index: Readonly<Record<C, number>> }
  | { readonly ok: false; readonly errors: readonly RowError[] };

/** Finds each column by its accepted headers; a missing required column is an error on row 1. */
export function indexColumns<C extends string>(
  header: readonly string[] | undefined,
  spec: ColumnSpec<C>,
  required: readonly C[],
): ColumnIndex<C> {
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  const index = {} as Record<C, number>;
  const errors: RowError[] = [];
  for (const column of Object.keys(spec) as C[]) {
    index[column] = names.findIndex((h) => spec[column].includes(h));
    if (index[column] < 0 && required.includes(column)) errors.push({ row: 1, field: column, code: 'import.column' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, index };
}

/** The trimmed text of a column in a row ('' when the column is absent). */
export function cellOf<C extends string>(
  cells: readonly string[],
  index: Readonly<Record<C, number>>,
  column: C,
): string {
  return index[column] >= 0 ? (cells[index[column]] ?? '').trim() : '';
}

export const isBlankRow = (cells: readonly string[]): boolean => cells.every((c) => (c ?? '').trim() === '');

/** One error per field and code, in the order found. */
export function uniqueErrors(errors: readonly RowError[]): RowError[] {
  return [...new Map(errors.map((e) => [`${e.field}:${e.code}`, e])).values()];
}

/** The template's header row: the first (Chinese) name of each column. */
export function templateHeader<C extends string>(spec: ColumnSpec<C>): string[] {
  return (Object.keys(spec) as C[]).map((c) => spec[c][0] ?? c);
}

const YES = new Set(['是', '同意', 'y', 'yes', '1', 'true']);
/** 是 / 同意 / yes / 1 … as a boolean; anything else is no. */
export const isYes = (text: string): boolean => YES.has(text.trim().toLowerCase());

const SKILL_BY_NAME = new Map(
  SKILLS.flatMap(
    (s) =>
      [
        [s.zh, s.code],
        [s.code, s.code],
        [s.en.toLowerCase(), s.code],
      ] as const,
  ),
);

/**
 * A cell listing skills by name (separated by 、 , ; or spaces) → catalogue references at `level`.
 * Names not in the catalogue are returned apart, for the row report.
 */
export function parseSkillList(
  text: string,
  level: SkillLevel,
): { readonly skills: SkillRef[]; readonly unknown: string[] } {
  const skills: SkillRef[] = [];
  const unknown: string[] = [];
  for (const name of text.split(/[、,，;；\s]+/).filter(Boolean)) {
    const code = SKILL_BY_NAME.get(name) ?? SKILL_BY_NAME.get(name.toLowerCase());
    if (code) skills.push({ code, level });
    else unknown.push(name);
  }
  return { skills, unknown };
}
