import {
  ALL_DAYS,
  EMPTY_WEEK,
  parseTime,
  presetGrid,
  withRange,
  WEEKDAYS,
  type Day,
  type WeekGrid,
} from '../schedule/week-grid';

/**
 * The import's 工作时间 (working hours) column: one or more of the template's choices, or a time range, joined
 * by 、 or +. A range alone (8:00-17:00, 8-17, 白天8-17) means Monday to Friday; 每天 before it means every day,
 * 周末 Saturday and Sunday. Pure.
 */
export const HOURS_CHOICES = [
  '周一到五全天',
  '每天全天',
  '每天上午',
  '每天下午',
  '上学时间',
  '每天晚上',
  '周末',
] as const;

const FULL_DAY = { from: 16, to: 36 }; // 08:00–18:00 in half-hour slots

const NAMED: Readonly<Record<string, () => WeekGrid>> = {
  周一到五全天: () => presetGrid('weekdaysFullDay'),
  工作日全天: () => presetGrid('weekdaysFullDay'),
  每天全天: () => withRange(EMPTY_WEEK, ALL_DAYS, FULL_DAY.from, FULL_DAY.to, true),
  全天: () => withRange(EMPTY_WEEK, ALL_DAYS, FULL_DAY.from, FULL_DAY.to, true),
  每天上午: () => presetGrid('mornings'),
  上午: () => presetGrid('mornings'),
  每天下午: () => presetGrid('afternoons'),
  下午: () => presetGrid('afternoons'),
  上学时间: () => presetGrid('schoolHours'),
  每天晚上: () => presetGrid('evenings'),
  晚上: () => presetGrid('evenings'),
  周末: () => presetGrid('weekends'),
};

const DAYS_WORD: Readonly<Record<string, readonly Day[]>> = {
  '': WEEKDAYS,
  白天: WEEKDAYS,
  工作日: WEEKDAYS,
  周一到五: WEEKDAYS,
  周一至周五: WEEKDAYS,
  每天: ALL_DAYS,
  周末: [5, 6],
};

const clock = (text: string): string =>
  text.includes(':') || text.includes('：') ? text.replace('：', ':') : `${text}:00`;

function rangeGrid(part: string): WeekGrid | null {
  const m = /^(\D*?)\s*(\d{1,2}(?:[:：]\d{2})?)\s*[-–—~～至到]\s*(\d{1,2}(?:[:：]\d{2})?)$/.exec(part);
  const days = m ? DAYS_WORD[(m[1] ?? '').trim()] : undefined;
  if (!m || !days) return null;
  const from = parseTime(clock(m[2] ?? '').padStart(5, '0'));
  const to = parseTime(clock(m[3] ?? '').padStart(5, '0'));
  if (!from.ok || !to.ok || to.value <= from.value) return null;
  return withRange(EMPTY_WEEK, days, from.value, to.value, true);
}

/** The grid a cell describes; null for a blank cell; 'unreadable' when a part is neither a choice nor a range. */
export function parseHoursCell(text: string): WeekGrid | null | 'unreadable' {
  const parts = text
    .split(/[、,，;；+＋]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  let grid = EMPTY_WEEK;
  for (const part of parts) {
    const one = NAMED[part]?.() ?? rangeGrid(part);
    if (!one) return 'unreadable';
    grid = unionGrids(grid, one);
  }
  return grid;
}

function unionGrids(a: WeekGrid, b: WeekGrid): WeekGrid {
  let out = '';
  for (let i = 0; i < a.length; i += 1) out += (parseInt(a[i] ?? '0', 16) | parseInt(b[i] ?? '0', 16)).toString(16);
  return out;
}
