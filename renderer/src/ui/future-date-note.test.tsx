import { fireEvent, render, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it, vi } from 'vitest';
import '../i18n';
import { stationDay } from '../state/station-day';
import { FutureDateNote, keepEnterInDateBoxes } from './future-date-note';

describe('dates ahead', () => {
  it('a first day of work months away is named with how far ahead it is; today and before say nothing', () => {
    const ahead = dayjs(stationDay()).add(90, 'day').format('YYYY-MM-DD');
    const { rerender } = render(<FutureDateNote date={ahead} kind="start" />);
    expect(screen.getByTestId('future-date').textContent).toContain(`上岗日期 ${ahead} 还没到（90 天后）`);
    rerender(<FutureDateNote date={stationDay()} kind="start" />);
    expect(screen.queryByTestId('future-date')).toBeNull();
    rerender(<FutureDateNote date={ahead} kind="visit" />);
    expect(screen.getByTestId('future-date').textContent).toContain('回访日期');
  });

  it('Enter in a date box does not submit the form; Enter elsewhere still does', () => {
    const submit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={submit} onKeyDown={keepEnterInDateBoxes}>
        <input type="date" aria-label="date" />
        <div className="ant-picker">
          <input type="text" aria-label="picker" />
        </div>
        <input type="text" aria-label="name" />
        <button type="submit">save</button>
      </form>,
    );
    const date = screen.getByLabelText('date');
    const enterOn = (el: HTMLElement) => fireEvent.keyDown(el, { key: 'Enter' });
    expect(enterOn(date)).toBe(false); // default prevented
    expect(enterOn(screen.getByLabelText('picker'))).toBe(false);
    expect(enterOn(screen.getByLabelText('name'))).toBe(true);
  });
});
