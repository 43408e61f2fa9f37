import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { seriousFindings } from '#shared/rights/prescreen';
import type { StoredFinding } from '#shared/entities/stored-finding';
import { questionOf, useLocalText } from '../../ui/findings-list';

/**
 * In the jobs list: a red tag when the posting's pre-screen (as it stands today: use-posting-findings) has open
 * critical or high findings, an amber one when such checks could not be decided.
 */
export function PostingRightsTag({
  findings,
}: {
  readonly findings: readonly Pick<StoredFinding, 'checkId' | 'status' | 'severity'>[] | undefined;
}) {
  const { t } = useTranslation();
  const local = useLocalText();
  const serious = seriousFindings(findings ?? []);
  // Important checks that could not be made (e.g. no local minimum wage yet) are not "no problem".
  const undecided = (findings ?? []).filter(
    (f) => f.status === 'unknown' && (f.severity === 'critical' || f.severity === 'high'),
  );
  if (serious.length === 0 && undecided.length > 0) {
    return (
      <Tooltip
        title={undecided
          .map((f) => {
            const q = questionOf(f.checkId);
            return q ? local(q) : f.checkId;
          })
          .join(t('rights.separator'))}
      >
        <Tag color="orange">{t('rights.postingUnknownTag', { count: undecided.length })}</Tag>
      </Tooltip>
    );
  }
  if (serious.length === 0) return null;
  return (
    <Tooltip
      title={serious
        .map((f) => {
          const q = questionOf(f.checkId);
          return q ? local(q) : f.checkId;
        })
        .join(t('rights.separator'))}
    >
      <Tag color="red">{t('rights.postingTag', { count: serious.length })}</Tag>
    </Tooltip>
  );
}
