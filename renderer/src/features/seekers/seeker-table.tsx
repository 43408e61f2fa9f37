import { Empty, Spin, Tag } from 'antd';
import { useVirtualizer } from '@tanstack/react-virtual';
import dayjs from 'dayjs';
import { memo, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SEEKER_STATUS } from '#shared/entities/seeker';
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import { ageOn } from '#shared/registry/seeker-rules';
import { hasNoSlots } from '#shared/schedule/week-grid';
import type { SeekerRow } from '../../db/queries';

/** Every row is this tall (styles.css, `.seeker-table td`): the list is windowed without measuring a row. */
export const ROW_HEIGHT = 49;
/** The list's own height; rows beyond it are drawn as they scroll into view. */
const VIEW_HEIGHT = 560;

type SortKey = 'name' | 'age' | 'registered';
interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

const BY_PINYIN = new Intl.Collator('zh-CN');

const ORDER: Readonly<Record<SortKey, (a: SeekerRow, b: SeekerRow) => number>> = {
  name: (a, b) => BY_PINYIN.compare(a.name, b.name),
  // youngest first when ascending, as the age column reads (a later birth date is a lower age)
  age: (a, b) => b.birthDate.localeCompare(a.birthDate),
  registered: (a, b) => a.createdAt - b.createdAt,
};

/**
 * A column; the widths add up to 990 px, within the list's room beside the menu and its own scroll bar on a
 * 1,280-px screen (a wider screen shares the rest out in proportion).
 */
interface Column {
  readonly title: string;
  readonly width: number;
  readonly sort?: SortKey;
  readonly cell: (s: SeekerRow) => ReactNode;
}

/**
 * The seekers list: a plain table of fixed-height rows, only those in view drawn (`@tanstack/react-virtual`),
 * redrawn when its rows change, not on every keystroke. Each answer to a keystroke draws a screenful of text
 * cells and measures nothing, which keeps typing in the search box quick on a slow PC. A click on a row, or
 * Enter on it, opens the person; the name, age and registration columns sort (newest registration first).
 */
export const SeekerTable = memo(function SeekerTable({
  rows,
  villageName,
  today,
}: {
  /** undefined while the first answer loads */
  readonly rows: SeekerRow[] | undefined;
  readonly villageName: ReadonlyMap<string, string>;
  readonly today: string;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sort, setSort] = useState<Sort>({ key: 'registered', descending: true });
  const columns = useMemo<Column[]>(() => {
    // Every label a cell shows, looked up once per language rather than once per cell.
    const sexLabel = { female: t('options.sex.female'), male: t('options.sex.male') };
    const statusLabel = Object.fromEntries(SEEKER_STATUS.map((s) => [s, t(`options.status.${s}`)]));
    const noHours = t('seekers.noHours');
    return [
      { title: t('seekers.name'), width: 96, sort: 'name', cell: (s) => s.name },
      { title: t('seekers.sex'), width: 56, cell: (s) => sexLabel[s.sex] },
      { title: t('seekers.age'), width: 72, sort: 'age', cell: (s) => ageOn(s.birthDate, today) },
      { title: t('seekers.idNumber'), width: 176, cell: (s) => (s.idNumber ? maskResidentId(s.idNumber) : '—') },
      { title: t('seekers.phone'), width: 120, cell: (s) => (s.phone ? maskPhone(s.phone) : '—') },
      {
        title: t('seekers.village'),
        width: 120,
        cell: (s) => (s.villageCode ? (villageName.get(s.villageCode) ?? s.villageCode) : '—'),
      },
      { title: t('seekers.skills'), width: 56, cell: (s) => s.skills.length },
      {
        title: t('seekers.status'),
        // the red "no working hours" tag and the status: wide enough for both on one line in Chinese
        width: 186,
        cell: (s) => (
          <>
            {/* Without working hours no job can match: say so where the person is listed, ahead of the status so
                that a narrow column cuts the status, not the warning. */}
            {hasNoSlots(s.availability) && (
              <Tag color="red" data-testid="no-hours">
                {noHours}
              </Tag>
            )}
            {statusLabel[s.status]}
          </>
        ),
      },
      {
        title: t('seekers.registeredOn'),
        width: 108,
        sort: 'registered',
        cell: (s) => dayjs(s.createdAt).format('YYYY-MM-DD'),
      },
    ];
  }, [t, villageName, today]);
  const sorted = useMemo(() => {
    if (!rows) return [];
    const order = ORDER[sort.key];
    return [...rows].sort(sort.descending ? (a, b) => order(b, a) : order);
  }, [rows, sort]);

  const scroller = useRef<HTMLDivElement>(null);
  // Its answers are read here while drawing and handed to no memoised child, so none can go stale.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const windowed = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    // the first drawing (and a test page without layout) shows a screenful before the list's size is known
    initialRect: { width: 0, height: VIEW_HEIGHT },
  });
  const items = windowed.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = windowed.getTotalSize() - (items.at(-1)?.end ?? 0);

  const open = (s: SeekerRow) => void navigate(`/seekers/${s.id}`);
  const onKey = (e: KeyboardEvent, s: SeekerRow) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open(s);
    }
  };
  const sortBy = (key: SortKey) =>
    setSort((now) => ({ key, descending: now.key === key ? !now.descending : key === 'registered' }));

  // The list's box stays while the answers change (loading, nobody found, people): drawing it afresh would
  // measure it again.
  return (
    <div ref={scroller} className="seeker-table" style={{ maxHeight: VIEW_HEIGHT }}>
      <table aria-label={t('seekers.title')} aria-rowcount={sorted.length + 1}>
        <colgroup>
          {columns.map((c) => (
            <col key={c.title} style={{ width: c.width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map(({ title, sort: key }) => (
              <th
                key={title}
                scope="col"
                aria-sort={key && sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                {key ? (
                  <button type="button" className="seeker-sort" onClick={() => sortBy(key)}>
                    {title}
                    <span aria-hidden className={sort.key === key ? 'seeker-sort-on' : undefined}>
                      {sort.key === key && !sort.descending ? ' ▲' : ' ▼'}
                    </span>
                  </button>
                ) : (
                  title
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <Spacer height={before} columns={columns.length} />}
          {items.map((item) => {
            const s = sorted[item.index] as SeekerRow;
            return (
              <tr
                key={s.id}
                aria-rowindex={item.index + 2}
                tabIndex={0}
                onClick={() => open(s)}
                onKeyDown={(e) => onKey(e, s)}
              >
                {columns.map((c) => {
                  const value = c.cell(s);
                  // a text cut short by its column is read whole on hover
                  const whole = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
                  return (
                    <td key={c.title} title={whole}>
                      {value}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 && <Spacer height={after} columns={columns.length} />}
        </tbody>
      </table>
      {rows === undefined ? (
        <div className="seeker-table-empty">
          <Spin size="large" />
        </div>
      ) : rows.length === 0 ? (
        <div className="seeker-table-empty">
          <Empty description={t('seekers.none')} />
        </div>
      ) : null}
    </div>
  );
});

/** The room of the rows not drawn, above or below those in view, so the scroll bar stays true. */
function Spacer({ height, columns }: { readonly height: number; readonly columns: number }) {
  return (
    <tr aria-hidden className="seeker-spacer">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
