import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { evaluateVisit } from '#shared/rights/follow-up';
import { DEFAULT_PARAMETER_ROWS } from '#shared/rights/parameters/defaults';
import { UNKNOWN_PLACEMENT_FACTS } from '#shared/entities/placement';
import { FindingsList, ResultTag } from './findings-list';
import '../i18n';

const findings = evaluateVisit({
  placement: {
    id: '01900000-0000-7000-8000-000000000001',
    stationId: '01900000-0000-7000-8000-000000000009',
    createdAt: 0,
    updatedAt: '0',
    deleted: false,
    seekerId: '01900000-0000-7000-8000-000000000002',
    jobId: '01900000-0000-7000-8000-000000000003',
    employerId: '01900000-0000-7000-8000-000000000004',
    status: 'active',
    startDate: '2025-06-01',
    contractKind: 'labour',
    wage: { kind: 'monthly', amount: 3000 },
    ...UNKNOWN_PLACEMENT_FACTS,
    note: '',
  },
  job: { workplace: 'on-site' },
  person: { birthDate: '1990-01-01', sex: 'female', pregnant: false },
  areaCode: '310101',
  answers: [],
  params: DEFAULT_PARAMETER_ROWS,
  date: '2025-06-10',
}).findings;

describe('"not due yet" on screen', () => {
  it('lists the checks that hold only until a deadline apart from the passes, with their deadline, never folded', () => {
    render(<FindingsList findings={findings} />);
    const box = screen.getByTestId('findings-not-due');
    expect(within(box).getByText(/还没到期限/)).toBeTruthy();
    expect(within(box).getAllByText('未到期限').length).toBeGreaterThanOrEqual(2);
    expect(within(box).getByText(/书面劳动合同最迟在 2025-06-30 前签订/)).toBeTruthy();
    expect(within(box).queryByText('没问题')).toBeNull();
  });

  it('a result with nothing open but checks not due is a blue tag, not the green "no problems"', () => {
    render(<ResultTag findings={findings.filter((f) => f.status !== 'fail' && f.status !== 'warn')} />);
    expect(screen.getByText(/没有问题；\d+ 项未到期限/)).toBeTruthy();
    expect(screen.queryByText('没有发现问题。')).toBeNull();
  });
});
