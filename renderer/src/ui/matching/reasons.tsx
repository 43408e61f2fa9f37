import {
  BulbFilled,
  CheckCircleFilled,
  CloseCircleFilled,
  QuestionCircleFilled,
  WarningFilled,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Reason } from '#shared/matching/types';

/** The reason's text in the language on screen (the engine gives both). */
export function useReasonText(): (r: Reason) => string {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en';
  return (r) => (english ? r.en : r.zh);
}

const ICONS = {
  for: <CheckCircleFilled style={{ color: '#2e7d32' }} />,
  against: <WarningFilled style={{ color: '#d46b08' }} />,
  fail: <CloseCircleFilled style={{ color: '#c62828' }} />,
  unknown: <QuestionCircleFilled style={{ color: '#8c8c8c' }} />,
  /** a suggestion: what would make it work */
  idea: <BulbFilled style={{ color: '#1a66c9' }} />,
} as const;

/** A list of reasons, each on its own line with an icon saying which way it counts. */
export function ReasonLines({
  reasons,
  kind,
}: {
  readonly reasons: readonly Reason[];
  readonly kind: keyof typeof ICONS;
}) {
  const text = useReasonText();
  if (reasons.length === 0) return null;
  return (
    <ul className="reason-lines">
      {reasons.map((r, i) => (
        <li key={`${r.code}-${i}`} data-reason={r.code}>
          {ICONS[kind]} <span>{text(r)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The score as a coloured tag: green from 70, blue from 50, else grey. */
export function ScoreTag({ score }: { readonly score: number }) {
  const { t } = useTranslation();
  return (
    <Tag color={score >= 70 ? 'green' : score >= 50 ? 'blue' : 'default'} style={{ fontSize: 16, padding: '4px 10px' }}>
      {t('matching.score', { score: score.toFixed(1) })}
    </Tag>
  );
}
