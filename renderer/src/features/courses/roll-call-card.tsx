import { Typography } from 'antd';
import dayjs from 'dayjs';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMark } from '#shared/entities/attendance-event';
import type { Trainee } from '../../db/training-queries';

/** One trainee's large card at the roll-call: seat, name, village, mark and sign-in time; a tap cycles the mark. */
export function RollCallCard({
  trainee: x,
  mark,
  signed,
  current,
  cardRef,
  onTap,
  onSelect,
}: {
  readonly trainee: Trainee;
  readonly mark: AttendanceMark | undefined;
  /** when they signed in (present or late), or null */
  readonly signed: number | null;
  readonly current: boolean;
  readonly cardRef: Ref<HTMLButtonElement>;
  /** a tap or click with the mouse */
  readonly onTap: () => void;
  readonly onSelect: () => void;
}) {
  const { t } = useTranslation();
  const label = t(`training.mark.${mark ?? 'unmarked'}`);
  return (
    <button
      type="button"
      role="listitem"
      ref={cardRef}
      className={`roll-card${mark ? ` mark-${mark}` : ''}${current ? ' is-current' : ''}`}
      aria-label={`${x.enrolment.seat ?? ''} ${x.name} ${label}`}
      aria-current={current ? 'true' : undefined}
      data-mark={mark ?? 'unmarked'}
      onClick={(e) => {
        onSelect();
        // A click made by Enter or Space on a focused card is already handled as that key.
        if (e.detail > 0) onTap();
      }}
    >
      <span className="roll-seat">{x.enrolment.seat}</span>
      <span className="roll-name">{x.name}</span>
      <span className="roll-village">{x.villageName ?? ' '}</span>
      <span className="roll-mark">
        {label}
        {signed ? (
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 400, marginLeft: 6 }}>
            {t('training.roll.signedAt', { time: dayjs(signed).format('HH:mm') })}
          </Typography.Text>
        ) : null}
      </span>
    </button>
  );
}
