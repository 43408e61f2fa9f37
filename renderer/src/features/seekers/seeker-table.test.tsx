import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSeeker, synthId } from '#shared/matching/synthetic';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import type { SeekerRow } from '../../db/queries';
import { SeekerTable } from './seeker-table';
import '../../i18n';

const row = (n: number, fields: Partial<SeekerRow> = {}): SeekerRow => ({
  ...makeSeeker(synthId(1, n), { name: `求职者${n}`, createdAt: 1_780_000_000_000 + n * 86_400_000 }),
  searchKeys: [],
  ...fields,
});

function Person() {
  return <p>打开了 {useParams().id}</p>;
}

function list(rows: SeekerRow[] | undefined) {
  return render(
    <MemoryRouter initialEntries={['/seekers']}>
      <Routes>
        <Route
          path="/seekers"
          element={<SeekerTable rows={rows} villageName={new Map([['522626101001', '高桥村']])} today="2026-12-03" />}
        />
        <Route path="/seekers/:id" element={<Person />} />
      </Routes>
    </MemoryRouter>,
  );
}

/** The people's rows on screen, top to bottom (the header and the room of undrawn rows left out). */
const names = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent);

describe('the seekers list', () => {
  // jsdom lays nothing out: the list's box is given the height a browser gives it (560 px), as the windowing reads it.
  const own = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('seeker-table') ? 560 : 0;
      },
    });
  });
  afterAll(() => {
    if (own) Object.defineProperty(HTMLElement.prototype, 'clientHeight', own);
  });

  it('shows masked numbers, the village by name, the age, and says when someone has no working hours', () => {
    list([
      row(1, {
        name: '李秀英',
        idNumber: '52262619880512002X',
        phone: '13800138000',
        villageCode: '522626101001',
        birthDate: '1988-05-12',
        availability: EMPTY_WEEK,
      }),
    ]);
    const li = screen.getByRole('row', { name: /李秀英/ });
    expect(li.textContent).toContain('5226**********002X');
    expect(li.textContent).toContain('138****8000');
    expect(li.textContent).not.toContain('52262619880512002X');
    expect(li.textContent).toContain('高桥村');
    expect(within(li).getByText('38')).toBeTruthy();
    expect(within(li).getByTestId('no-hours')).toBeTruthy();
  });

  it('newest registration first; a column header sorts by it, a second click the other way', () => {
    list([row(1, { name: '李秀英' }), row(3, { name: '王芳' }), row(2, { name: '张桂兰' })]);
    expect(names()).toEqual(['王芳', '张桂兰', '李秀英']);
    const byName = screen.getByRole('button', { name: /姓名/ });
    fireEvent.click(byName);
    // pinyin order: Li, Wang, Zhang
    expect(names()).toEqual(['李秀英', '王芳', '张桂兰']);
    expect(screen.getByRole('columnheader', { name: /姓名/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(byName);
    expect(names()).toEqual(['张桂兰', '王芳', '李秀英']);
    expect(screen.getByRole('columnheader', { name: /姓名/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('of 500 people only a screenful is drawn, with room kept for the rest', () => {
    const { container } = list(Array.from({ length: 500 }, (_, n) => row(n)));
    const drawn = screen.getAllByRole('row').length - 1;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(40);
    const room = container.querySelector<HTMLElement>('.seeker-spacer td');
    expect(Number.parseInt(room?.style.height ?? '0', 10)).toBeGreaterThan(400 * 49);
  });

  it('a click on a row, or Enter on it, opens the person', () => {
    const first = list([row(7, { name: '王芳' })]);
    fireEvent.click(screen.getByRole('row', { name: /王芳/ }));
    expect(screen.getByText(`打开了 ${synthId(1, 7)}`)).toBeTruthy();
    first.unmount();
    list([row(8, { name: '赵敏' })]);
    fireEvent.keyDown(screen.getByRole('row', { name: /赵敏/ }), { key: 'Enter' });
    expect(screen.getByText(`打开了 ${synthId(1, 8)}`)).toBeTruthy();
  });

  it('loading, then nobody found: each says so', () => {
    const { container, unmount } = list(undefined);
    expect(container.querySelector('.ant-spin')).toBeTruthy();
    unmount();
    list([]);
    expect(screen.getByText('没有找到。可以换个写法，或登记新的求职者。')).toBeTruthy();
  });
});
