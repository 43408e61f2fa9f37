import { render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { MatchSections, RankedMatches } from './match-list';

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

describe('a long match list', () => {
  it('draws the best four first, then every match and near miss', async () => {
    const card = (id: string) => ({ id }) as unknown as Parameters<typeof MatchSections>[0]['matches'][number];
    render(
      <MatchSections
        side="jobs"
        matches={Array.from({ length: 6 }, (_, i) => card(`m${i}`))}
        nearMisses={Array.from({ length: 3 }, (_, i) => card(`n${i}`)) as never[]}
        matchCount={6}
        nearMissCount={3}
        emptyHint=""
        render={(r, rank) => (
          <div key={(r as unknown as { id: string }).id} data-testid="card">
            {rank}
          </div>
        )}
      />,
    );
    expect(screen.getAllByTestId('card')).toHaveLength(4);
    await waitFor(() => expect(screen.getAllByTestId('card')).toHaveLength(9));
  });
});
