import { Button, Space } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AVAILABILITY_PRESETS,
  EMPTY_WEEK,
  formatSlot,
  fromSlots,
  presetGrid,
  SLOTS_PER_DAY,
  paintRectangle,
  toSlots,
  type AvailabilityPreset,
  type Cell,
  type WeekGrid,
} from '#shared/schedule/week-grid';

const FIRST = 12; // 06:00
const LAST = 44; // 22:00
const DAY_INDEXES = [0, 1, 2, 3, 4, 5, 6] as const;

/**
 * The week as a grid of half-hour cells (06:00–22:00), one row per day. Click a cell to switch it; press and
 * drag to paint the rectangle from that cell to where the pointer is (Monday 08:00 to Friday 12:00 paints five
 * mornings). Presets fill common patterns.
 */
export function AvailabilityEditor({
  value,
  onChange,
}: {
  readonly value?: WeekGrid;
  readonly onChange?: (grid: WeekGrid) => void;
}) {
  const { t } = useTranslation();
  const slots = toSlots(value ?? EMPTY_WEEK);
  // A drag paints the rectangle between the cell it began on and the cell under the pointer, over the week as
  // it was when the drag began.
  const painting = useRef<{ readonly anchor: Cell; readonly on: boolean; readonly base: boolean[] } | null>(null);
  const set = (index: number, on: boolean) => {
    if (slots[index] === on) return;
    const next = [...slots];
    next[index] = on;
    onChange?.(fromSlots(next));
  };
  const paintTo = (cell: Cell) => {
    const drag = painting.current;
    if (drag === null) return;
    const next = fromSlots(paintRectangle(drag.base, drag.anchor, cell, drag.on));
    if (next !== fromSlots(slots)) onChange?.(next);
  };
  const columns = Array.from({ length: LAST - FIRST }, (_, i) => FIRST + i);
  // Each day's name once per render, not once per cell (224 cells).
  const dayNames = DAY_INDEXES.map((day) => t(`options.days.${day}`));

  return (
    <div
      className="week-editor"
      onPointerUp={() => (painting.current = null)}
      onPointerLeave={() => (painting.current = null)}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <span>{t('seekers.presets')}：</span>
        {(Object.keys(AVAILABILITY_PRESETS) as AvailabilityPreset[]).map((p) => (
          <Button
            key={p}
            size="middle"
            onClick={() => onChange?.(fromSlots(toSlots(presetGrid(p)).map((v, i) => v || (slots[i] ?? false))))}
          >
            {t(`options.presets.${p}`)}
          </Button>
        ))}
        <Button size="middle" onClick={() => onChange?.(EMPTY_WEEK)}>
          {t('seekers.clear')}
        </Button>
      </Space>
      <table className="week-grid" role="grid">
        <thead>
          <tr>
            <th />
            {columns.map((slot) => (
              <th key={slot} className="week-grid-hour">
                {slot % 2 === 0 ? String(slot / 2) : ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DAY_INDEXES.map((day) => (
            <tr key={day}>
              <th className="week-grid-day">{dayNames[day]}</th>
              {columns.map((slot) => {
                const index = day * SLOTS_PER_DAY + slot;
                const on = slots[index] ?? false;
                return (
                  <td key={slot}>
                    <button
                      type="button"
                      className={on ? 'week-cell on' : 'week-cell'}
                      aria-pressed={on}
                      aria-label={`${dayNames[day]} ${formatSlot(slot)}`}
                      onPointerDown={(e) => {
                        e.preventDefault();
                        painting.current = { anchor: { day, slot }, on: !on, base: slots };
                        set(index, !on);
                      }}
                      onPointerEnter={() => paintTo({ day, slot })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          set(index, !on);
                        }
                      }}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
