import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { seriousFindings } from '../../../../shared/rights/prescreen';
import type { StoredFinding } from '../../../../shared/rights/stored-finding';
import { questionOf, useLocalText } from './findings-list';

/** In the jobs list: a red tag when the posting's stored pre-screen has open critical or high findings. */
export function PostingRightsTag({ findings }: { readonly findings: readonly StoredFinding[] | undefined }) {
  const { t } = useTranslation();
  const local = useLocalText();
  const serious = seriousFindings(findings ?? []);
  if (serious.length === 0) return null;
  return (
    <Tooltip title={serious.map((f) => { const q = questionOf(f.checkId); return q ? local(q) : f.checkId; }).join(t('rights.separator'))}>
      <Tag color="red">{t('rights.postingTag', { count: serious.length })}</Tag>
    </Tooltip>
  );
}
