import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gridBits, setSlot } from '#shared/matching/bits';
import { describeSlots } from '#shared/matching/describe';
import { DAYS, EMPTY_WEEK, SLOTS_PER_DAY, toSlots, type WeekGrid } from '#shared/schedule/week-grid';
import { STANDARD_WORKING_TIME } from '#shared/schedule/working-time';

/** Stretches longer than a standard working day with no gap in them: where a lunch break was probably painted over. */
export function unbrokenStretches(
  grid: WeekGrid,
  hours: number = STANDARD_WORKING_TIME.dailyHours,
): { readonly zh: string; readonly en: string } | null {
  const slots = toSlots(grid);
  const out = gridBits(EMPTY_WEEK);
  let found = false;
  for (let d = 0; d < DAYS; d += 1) {
    let start = -1;
    for (let s = 0; s <= SLOTS_PER_DAY; s += 1) {
      const on = s < SLOTS_PER_DAY && (slots[d * SLOTS_PER_DAY + s] ?? false);
      if (on && start < 0) start = s;
      if (!on && start >= 0) {
        if (s - start > hours * 2) {
          found = true;
          for (let k = start; k < s; k += 1) setSlot(out, d, k);
        }
        start = -1;
      }
    }
  }
  return found ? describeSlots(out) : null;
}

/**
 * Under the job's week grid: every painted half-hour is working time, so a lunch break must be left blank; when a
 * day runs longer than a standard day without a gap, says which and how to mark the break.
 */
export function BreakHint({ grid }: { readonly grid: WeekGrid | undefined }) {
  const { t, i18n } = useTranslation();
  const when = grid ? unbrokenStretches(grid) : null;
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ marginTop: 4 }}>
        {t('employers.breakHelp')}
      </Typography.Paragraph>
      {when && (
        <Alert
          type="warning"
          showIcon
          data-testid="break-hint"
          style={{ marginBottom: 12 }}
          title={t('employers.noBreak', {
            when: i18n.language.startsWith('en') ? when.en : when.zh,
            hours: STANDARD_WORKING_TIME.dailyHours,
          })}
        />
      )}
    </>
  );
}
