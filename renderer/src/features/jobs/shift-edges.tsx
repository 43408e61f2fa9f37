import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeRanges } from '#shared/matching/describe';
import {
  formatMinutes,
  gridSchedule,
  QUARTER_MINUTES,
  quartersOfHalfHours,
  scheduleQuarters,
  shifts,
  withShiftEdges,
  type QuarterGrid,
  type Shift,
} from '#shared/schedule/quarter-week';
import { EMPTY_WEEK, type WeekGrid } from '#shared/schedule/week-grid';
import { useLocalText } from '../../ui/findings-list';

/** Days painted with the same shift, with its painted edges and the edges it really has. */
interface ShiftGroup {
  readonly days: readonly number[];
  readonly painted: { readonly from: number; readonly to: number };
  readonly exact: { readonly from: number; readonly to: number };
}

/** The painted shifts, days with the same painted and real edges together (Monday to Friday 09:00–16:00 is one). */
export function shiftGroups(grid: WeekGrid, quarters: QuarterGrid | undefined): ShiftGroup[] {
  const schedule = gridSchedule(grid, quarters);
  const exact = shifts(scheduleQuarters(schedule));
  const groups = new Map<string, { days: number[]; painted: ShiftGroup['painted']; exact: ShiftGroup['exact'] }>();
  for (const run of shifts(quartersOfHalfHours(grid))) {
    const real = exact.find((e) => e.day === run.day && e.from < run.to && e.to > run.from) ?? run;
    const key = `${run.from}-${run.to}-${real.from}-${real.to}`;
    const group = groups.get(key) ?? {
      days: [],
      painted: { from: run.from, to: run.to },
      exact: { from: real.from, to: real.to },
    };
    group.days.push(run.day);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The quarter grid after one group's edges change. */
export function withGroupEdges(
  grid: WeekGrid,
  quarters: QuarterGrid | undefined,
  group: ShiftGroup,
  edges: { readonly from: number; readonly to: number },
): QuarterGrid | undefined {
  const exact: Shift[] = shiftGroups(grid, quarters).flatMap((g) =>
    g.days.map((day) => ({ day, ...(sameGroup(g, group) ? edges : g.exact) })),
  );
  return withShiftEdges(grid, exact);
}

const sameGroup = (a: ShiftGroup, b: ShiftGroup): boolean =>
  a.days.join() === b.days.join() && a.painted.from === b.painted.from && a.painted.to === b.painted.to;

/**
 * Under the job's week grid: each painted shift's start and finish, which may be moved a quarter hour inside its
 * painted half-hours (a shift painted to 16:00 that really ends at 15:45). Matching and the rights checks use
 * these minutes.
 */
export function ShiftEdges({
  grid,
  value,
  onChange,
}: {
  readonly grid: WeekGrid | undefined;
  readonly value?: QuarterGrid;
  readonly onChange?: (quarters: QuarterGrid | undefined) => void;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const groups = shiftGroups(grid ?? EMPTY_WEEK, value);
  if (groups.length === 0) return null;
  const option = (m: number) => ({ value: m, label: formatMinutes(m) });
  return (
    <div data-testid="shift-edges" style={{ marginBottom: 12 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('employers.shiftEdgesHelp')}
      </Typography.Paragraph>
      {groups.map((g) => {
        const label = local(describeRanges(g.days.map((day) => ({ day, ...g.painted }))));
        const change = (edges: { from: number; to: number }) =>
          onChange?.(withGroupEdges(grid ?? EMPTY_WEEK, value, g, edges));
        const long = g.painted.to - g.painted.from > 2 * QUARTER_MINUTES;
        return (
          <Space key={label} wrap style={{ display: 'flex', marginBottom: 4 }}>
            <Typography.Text>{label}</Typography.Text>
            <span>{t('employers.shiftStart')}</span>
            <Select
              aria-label={`${label} ${t('employers.shiftStart')}`}
              style={{ width: 96 }}
              value={g.exact.from}
              options={[g.painted.from, g.painted.from + QUARTER_MINUTES]
                .filter((m) => long || m === g.painted.from || g.exact.to === g.painted.to)
                .map(option)}
              onChange={(from: number) => change({ from, to: g.exact.to })}
            />
            <span>{t('employers.shiftEnd')}</span>
            <Select
              aria-label={`${label} ${t('employers.shiftEnd')}`}
              style={{ width: 96 }}
              value={g.exact.to}
              options={[g.painted.to - QUARTER_MINUTES, g.painted.to]
                .filter((m) => long || m === g.painted.to || g.exact.from === g.painted.from)
                .map(option)}
              onChange={(to: number) => change({ from: g.exact.from, to })}
            />
          </Space>
        );
      })}
    </div>
  );
}
