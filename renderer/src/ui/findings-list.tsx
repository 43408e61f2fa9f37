import { Collapse, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECKS } from '#shared/rights/rule-table';
import { LAWS, REFERRAL_TEXT } from '#shared/rights/legal';
import { LOWEST_TIER_ONLY } from '#shared/rights/pay';
import type { Finding, LegalSource, Severity, Status, Text } from '#shared/rights/types';

export const SEVERITY_COLOR: Readonly<Record<Severity, string>> = {
  critical: 'red',
  high: 'volcano',
  medium: 'orange',
  low: 'blue',
};
export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  fail: 'error',
  warn: 'warning',
  unknown: 'default',
  'not-due': 'processing',
  pass: 'success',
};

/** Picks the text of the current language (zh unless English is chosen). */
export function useLocalText(): (text: Text) => string {
  const { i18n } = useTranslation();
  return (text) => (i18n.language.startsWith('en') ? text.en : text.zh);
}

/** A legal source as shown: the law's name in the current language and the articles, when the reference names any. */
export function sourceText(source: LegalSource, local: (text: Text) => string): string {
  const law = local(LAWS[source.law as keyof typeof LAWS] ?? { zh: source.law, en: source.law });
  if (!source.articles) return law;
  // "art. 9, 84" reads 第9、84条 in Chinese
  const numbers = /^art\. ([\d, ]+)$/.exec(source.articles)?.[1];
  const zh = numbers ? `第${numbers.split(/,\s*/).join('、')}条` : source.articles;
  return `${law}${local({ zh, en: ` ${source.articles}` })}`;
}

export function questionOf(checkId: string): Text | null {
  return CHECKS.find((c) => c.id === checkId)?.question ?? null;
}

export function FindingTags({ finding }: { readonly finding: Pick<Finding, 'severity' | 'status'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[finding.status]}>{t(`rights.status.${finding.status}`)}</Tag>
      {finding.status !== 'pass' && finding.status !== 'not-due' && (
        <Tag color={SEVERITY_COLOR[finding.severity]}>{t(`rights.severity.${finding.severity}`)}</Tag>
      )}
    </Space>
  );
}

/**
 * One evaluation's result in a tag: its open problems (red); else, when some checks hold only until a deadline,
 * "not due yet" (blue, never green); else no problems (green).
 */
export function ResultTag({ findings }: { readonly findings: readonly Pick<Finding, 'status'>[] }) {
  const { t } = useTranslation();
  const open = findings.filter((f) => f.status === 'fail' || f.status === 'warn').length;
  const notDue = findings.filter((f) => f.status === 'not-due').length;
  if (open > 0) return <Tag color="red">{t('rights.visits.openCount', { count: open })}</Tag>;
  if (notDue > 0) return <Tag color="blue">{t('rights.notDueTag', { count: notDue })}</Tag>;
  return <Tag color="green">{t('rights.noFindings')}</Tag>;
}

function FindingItem({ finding, compact }: { readonly finding: Finding; readonly compact?: boolean }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const question = questionOf(finding.checkId);
  return (
    <List.Item className={`finding finding-${finding.status}`} data-check={finding.checkId}>
      <div style={{ width: '100%' }}>
        <Space wrap align="start">
          <FindingTags finding={finding} />
          <Typography.Text strong>{question ? local(question) : finding.checkId}</Typography.Text>
        </Space>
        <div className="finding-text">{local(finding.explanation)}</div>
        {!compact && finding.status !== 'pass' && (
          <>
            <div className="finding-text">
              <Typography.Text type="secondary">{t('rights.nextStep')}</Typography.Text>
              {local(finding.nextStep)}
            </div>
            {/* where to turn and the law behind it: folded, so a page of findings reads as what to do */}
            {(finding.sources.length > 0 || (finding.status === 'fail' && finding.referral.length > 0)) && (
              <Collapse
                ghost
                size="small"
                className="finding-law"
                items={[
                  {
                    key: 'law',
                    label: t('rights.lawFold'),
                    children: (
                      <>
                        {finding.status === 'fail' && finding.referral.length > 0 && (
                          <div className="finding-text">
                            <Typography.Text type="secondary">{t('rights.referral')}</Typography.Text>
                            {finding.referral.map((r) => local(REFERRAL_TEXT[r])).join(t('rights.separator'))}
                          </div>
                        )}
                        {finding.sources.length > 0 && (
                          <div className="finding-source">
                            {t('rights.sources')}
                            {finding.sources.map((s) => sourceText(s, local)).join(t('rights.separator'))}
                          </div>
                        )}
                      </>
                    ),
                  },
                ]}
              />
            )}
          </>
        )}
      </div>
    </List.Item>
  );
}

/**
 * Findings worst first: open ones (fail, warn) shown in full; those that cannot be judged and those that
 * passed folded away below, so the page stays short but nothing is hidden.
 */
export function FindingsList({
  findings,
  compact,
}: {
  readonly findings: readonly Finding[];
  readonly compact?: boolean;
}) {
  const { t } = useTranslation();
  const open = findings.filter((f) => f.status === 'fail' || f.status === 'warn');
  const unknown = findings.filter((f) => f.status === 'unknown');
  const notDue = findings.filter((f) => f.status === 'not-due');
  const lowestTier = findings.filter((f) => f.status === 'pass' && f.reason === LOWEST_TIER_ONLY);
  const passed = findings.filter((f) => f.status === 'pass' && f.reason !== LOWEST_TIER_ONLY);
  const folded = [
    ...(unknown.length > 0
      ? [
          {
            key: 'unknown',
            label: t('rights.unknownMore', { count: unknown.length }),
            children: <List dataSource={unknown} renderItem={(f) => <FindingItem finding={f} compact={compact} />} />,
          },
        ]
      : []),
    ...(passed.length > 0
      ? [
          {
            key: 'pass',
            label: t('rights.passedMore', { count: passed.length }),
            children: <List dataSource={passed} renderItem={(f) => <FindingItem finding={f} compact />} />,
          },
        ]
      : []),
  ];
  return (
    <div className="findings">
      {open.length === 0 ? (
        <Typography.Paragraph>
          {t(unknown.length > 0 ? 'rights.noFindingsYet' : 'rights.noFindings')}
        </Typography.Paragraph>
      ) : (
        <List dataSource={open} renderItem={(f) => <FindingItem finding={f} compact={compact} />} />
      )}
      {notDue.length > 0 && (
        // never folded in with the passes: each holds only until its deadline, which the explanation names
        <div className="findings-not-due" data-testid="findings-not-due">
          <Typography.Text strong>{t('rights.notDueTitle', { count: notDue.length })}</Typography.Text>
          <List dataSource={notDue} renderItem={(f) => <FindingItem finding={f} compact />} />
        </div>
      )}
      {lowestTier.length > 0 && (
        // a pass by the province's lowest tier only: in a higher tier it would not be, so it stays in sight
        <div className="findings-lowest-tier" data-testid="findings-lowest-tier">
          <Typography.Text strong>{t('rights.lowestTierTitle', { count: lowestTier.length })}</Typography.Text>
          <List dataSource={lowestTier} renderItem={(f) => <FindingItem finding={f} compact={compact} />} />
        </div>
      )}
      {folded.length > 0 && <Collapse ghost items={folded} />}
    </div>
  );
}
