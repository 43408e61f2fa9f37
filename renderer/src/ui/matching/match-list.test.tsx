import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { RankedMatches } from './match-list';

describe('a match list still waiting for its side to be prepared', () => {
  it('says how many people are ready out of how many, and lists nobody until all are', () => {
    render(
      <RankedMatches
        side="seekers"
        state={{ status: 'loading', progress: { side: 'seekers', done: 40_000, total: 100_000 } }}
        emptyHint=""
        render={() => null}
      />,
    );
    expect(screen.getByTestId('match-preparing').textContent).toContain(
      '正在准备求职者资料：40,000 / 100,000 人，准备好后列出全部合适的人',
    );
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(screen.queryByTestId('match-card')).toBeNull();
  });
});
