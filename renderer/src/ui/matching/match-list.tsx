import { Alert, Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '#shared/entities/referral';
import type { MatchResult, NearMiss } from '#shared/matching/types';
import type { RankedAnswer } from '../../matching/service';
import { MatchPreparing } from './preparing';
import { ReasonLines, ScoreTag } from './reasons';
import type { MatchState } from './use-match';

/** One ranked pair as a card: who or what, the score, reasons for and against, and the actions. */
export function MatchCard({
  rank,
  title,
  subtitle,
  result,
  onWhy,
  extra,
  referred,
}: {
  readonly rank: number;
  /** the status of an open referral of this pair, if there is one */
  readonly referred?: ReferralStatus | null;
  readonly title: ReactNode;
  readonly subtitle?: ReactNode;
  readonly result: MatchResult | NearMiss;
  readonly onWhy: () => void;
  readonly extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const near = 'wouldWork' in result;
  return (
    <Card
      className="match-card"
      data-testid="match-card"
      title={
        <Space wrap>
          <Typography.Text type="secondary">{rank}.</Typography.Text>
          <span style={{ fontSize: 18 }}>{title}</span>
          {near ? (
            <Tag color="orange">{t(`matching.nearBecause.${result.failed}`)}</Tag>
          ) : (
            <ScoreTag score={result.score} />
          )}
          {result.flags.length > 0 && <Tag color="red">{t('matching.flagged')}</Tag>}
          {referred && <Tag color="blue">{t(`matching.status.${referred}`)}</Tag>}
        </Space>
      }
      extra={
        <Space wrap>
          <Button size="large" onClick={onWhy}>
            {t('matching.why')}
          </Button>
          {extra}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      {subtitle && <div style={{ marginBottom: 8, color: '#555' }}>{subtitle}</div>}
      <ReasonLines reasons={result.flags} kind="fail" />
      {near && <ReasonLines reasons={result.wouldWork} kind="idea" />}
      <ReasonLines reasons={result.reasonsFor.slice(0, 4)} kind="for" />
      {/* serious rights findings are already on top as flags */}
      <ReasonLines
        reasons={result.reasonsAgainst
          .filter((r) => r.code !== 'rights.finding' || result.flags.length === 0)
          .slice(0, 3)}
        kind="against"
      />
    </Card>
  );
}

/** Cards drawn in the first paint of a list; the rest follow straight after, so the best fits show at once. */
const FIRST_CARDS = 4;

/** `first` until the first paint is done, then every card. */
function useDrawnSoon(first: number): number {
  const [all, setAll] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setAll(true)), 0);
    return () => clearTimeout(timer);
  }, []);
  return all ? Number.POSITIVE_INFINITY : first;
}

/** Matches first, near misses apart, each with counts; an empty list says what to try. */
export function MatchSections<R extends MatchResult>({
  matches,
  nearMisses,
  matchCount,
  nearMissCount,
  render,
  emptyHint,
  side,
}: {
  /** what the list holds: jobs (for a seeker) or people (for a job) */
  readonly side: 'jobs' | 'seekers';
  readonly matches: readonly R[];
  readonly nearMisses: readonly (R & NearMiss)[];
  readonly matchCount: number;
  readonly nearMissCount: number;
  readonly render: (r: R | (R & NearMiss), rank: number) => ReactNode;
  readonly emptyHint: string;
}) {
  const { t } = useTranslation();
  const drawn = useDrawnSoon(FIRST_CARDS);
  const nearDrawn = Math.max(0, drawn - matches.length);
  return (
    <>
      <Typography.Title level={3}>{t('matching.matchesTitle', { count: matchCount })}</Typography.Title>
      {matches.length === 0 ? (
        <Empty description={emptyHint} />
      ) : (
        matches.slice(0, drawn).map((m, i) => render(m, i + 1))
      )}
      {matchCount > matches.length && (
        <Typography.Paragraph type="secondary">
          {t('matching.moreNotShown', { count: matchCount - matches.length })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('matching.nearTitle', { count: nearMissCount })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('matching.nearHelp')} {t(side === 'jobs' ? 'matching.nearScoreNote' : 'matching.nearScoreNoteSeekers')}
      </Typography.Paragraph>
      {nearMisses.length === 0 ? (
        <Empty description={t('matching.noNear')} />
      ) : (
        nearMisses.slice(0, nearDrawn).map((m, i) => render(m, i + 1))
      )}
    </>
  );
}

/** A ranked answer from the matching worker, or why there is none yet (working, failed, record gone). */
export function RankedMatches({
  state,
  emptyHint,
  render,
  side,
}: {
  readonly side: 'jobs' | 'seekers';
  readonly state: MatchState;
  readonly emptyHint: string;
  readonly render: (r: MatchResult | NearMiss, rank: number, answer: RankedAnswer) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <MatchPreparing progress={state.progress} />;
  if (state.status === 'error')
    return <Alert type="error" showIcon message={t('matching.failed')} description={state.message} />;
  const { answer } = state;
  if (answer.kind === 'missing')
    return <Alert type="warning" showIcon message={t(`matching.missing.${answer.what}`)} />;
  if (answer.kind !== 'ranked') return null;
  const { list } = answer.answer;
  return (
    <MatchSections
      side={side}
      matches={list.matches}
      nearMisses={list.nearMisses}
      matchCount={list.matchCount}
      nearMissCount={list.nearMissCount}
      emptyHint={emptyHint}
      render={(m, rank) => render(m, rank, answer.answer)}
    />
  );
}
