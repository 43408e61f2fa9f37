import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { MaternityInput } from '../../db/commands/maternity';
import { MaternityInputs } from './maternity-inputs';
import '../../i18n';

function Harness({ on, initial }: { readonly on: string; readonly initial: MaternityInput }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <MaternityInputs value={value} onChange={setValue} on={on} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  );
}
const none: MaternityInput = { pregnant: false, pregnancyDueDate: null, breastfeedingChildBirthDate: null };

describe('<MaternityInputs />', () => {
  it('asks for the due date once pregnant, and says the month of pregnancy and when the ban starts', () => {
    render(<Harness on="2026-11-09" initial={none} />);
    expect(screen.queryByLabelText('预产期')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: '正在怀孕' }));
    fireEvent.change(screen.getByLabelText('预产期'), { target: { value: '2027-02-01' } });
    expect(screen.getByText(/2026-11-09 是怀孕第 7 个月/)).toBeTruthy();
    expect(screen.getByText(/从 2026-11-09 起（满7个月）不得安排加班和夜班/)).toBeTruthy();
    expect(JSON.parse(screen.getByTestId('value').textContent ?? '')).toMatchObject({
      pregnant: true,
      pregnancyDueDate: '2027-02-01',
    });
  });

  it('the day before the 7th month it says month 6', () => {
    render(<Harness on="2026-11-08" initial={{ ...none, pregnant: true, pregnancyDueDate: '2027-02-01' }} />);
    expect(screen.getByText(/是怀孕第 6 个月/)).toBeTruthy();
  });

  it('a breastfed child: under one until the first birthday', () => {
    render(<Harness on="2026-05-31" initial={none} />);
    fireEvent.change(screen.getByLabelText('正在哺乳的孩子哪天生的'), { target: { value: '2025-06-01' } });
    expect(screen.getByText(/孩子未满1周岁/)).toBeTruthy();
  });
});
