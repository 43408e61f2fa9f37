import type { AttendanceMark } from '#shared/entities/attendance-event';

/** The keyboard side of the roll-call, pure so it can be tested without a screen. */
export interface Findable {
  readonly seat: number | null;
  readonly keys: readonly string[];
}

/** Tap or Space: not marked → present → late → absent → excused → present … */
export function nextMark(mark: AttendanceMark | undefined): AttendanceMark {
  switch (mark) {
    case undefined:
    case 'excused':
      return 'present';
    case 'present':
      return 'late';
    case 'late':
      return 'absent';
    case 'absent':
      return 'excused';
  }
}

/**
 * Who the typed text points at: digits are a seat number, letters the start of a name's pinyin (full or
 * initials) or the name itself. −1 when no one.
 */
export function findTyped(list: readonly Findable[], typed: string): number {
  const text = typed.trim().toLowerCase();
  if (!text) return -1;
  if (/^\d+$/.test(text)) return list.findIndex((x) => x.seat === Number(text));
  const exactInitials = list.findIndex((x) => x.keys.some((k) => k === text));
  return exactInitials >= 0 ? exactInitials : list.findIndex((x) => x.keys.some((k) => k.startsWith(text)));
}

/** Adds a typed character; when the longer text finds no one, starts again from that character. */
export function extendTyped(
  list: readonly Findable[],
  typed: string,
  char: string,
): { readonly typed: string; readonly index: number } {
  const sameKind = (a: string, b: string) => /\d/.test(a) === /\d/.test(b);
  const longer = typed && sameKind(typed.slice(-1), char) ? typed + char : char;
  const index = findTyped(list, longer);
  if (index >= 0 || longer === char) return { typed: longer, index };
  return { typed: char, index: findTyped(list, char) };
}
