import { Alert, Button, Descriptions, Drawer, Form, Input, Progress, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUB_SCORES } from '#shared/matching/parameters';
import type { PairExplanation } from '#shared/matching/types';
import { errorText } from '../forms';
import { ReasonLines, ScoreTag } from './reasons';
import { useMatch } from './use-match';
import { useRefer } from './use-refer';
import { isOpenReferral } from '#shared/entities/referral';
import { usePairReferrals } from '../../db/referral-queries';

const OUTCOME_KIND = { pass: 'for', fail: 'fail', unknown: 'unknown' } as const;

/** Every hard filter with its outcome, then what counts for and against, then what would make it work. */
function Explanation({ e }: { readonly e: PairExplanation }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert
        type={e.verdict === 'match' ? 'success' : e.verdict === 'near-miss' ? 'warning' : 'error'}
        showIcon
        message={<span style={{ fontSize: 18 }}>{t(`matching.verdict.${e.verdict}`)}</span>}
        description={e.verdict === 'excluded' ? t('matching.verdictExcludedHelp') : <ScoreTag score={e.score} />}
        style={{ marginBottom: 16 }}
      />
      <Typography.Title level={4}>{t('matching.checksTitle')}</Typography.Title>
      <Descriptions column={1} bordered size="middle" style={{ marginBottom: 16 }}>
        {e.checks.map((c) => (
          <Descriptions.Item key={c.filter} label={t(`matching.filter.${c.filter}`)}>
            <ReasonLines reasons={c.reasons} kind={OUTCOME_KIND[c.outcome]} />
          </Descriptions.Item>
        ))}
      </Descriptions>
      {e.wouldWork.length > 0 && (
        <>
          <Typography.Title level={4}>{t('matching.wouldWork')}</Typography.Title>
          <ReasonLines reasons={e.wouldWork} kind="idea" />
        </>
      )}
      {e.flags.length > 0 && (
        <>
          <Typography.Title level={4}>{t('matching.flags')}</Typography.Title>
          <ReasonLines reasons={e.flags} kind="fail" />
        </>
      )}
      {e.verdict !== 'excluded' && (
        <>
          <Typography.Title level={4}>{t('matching.forAndAgainst')}</Typography.Title>
          <ReasonLines reasons={e.reasonsFor} kind="for" />
          <ReasonLines
            reasons={e.reasonsAgainst.filter((r) => r.code !== 'rights.finding' || e.flags.length === 0)}
            kind="against"
          />
          <Typography.Title level={4}>{t('matching.subScores')}</Typography.Title>
          {SUB_SCORES.map((k) => (
            <div key={k} style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
              <span style={{ width: 90 }}>{t(`matching.sub.${k}`)}</span>
              <Progress percent={Math.round((e.subScores[k] ?? 0) * 100)} style={{ flex: 1, margin: 0 }} />
            </div>
          ))}
        </>
      )}
    </>
  );
}

/**
 * Why (or why not) one seeker and one job go together. For a pair the engine excluded, staff may still put the
 * person forward, with a written reason that the audit log keeps.
 */
export function WhyPanel({
  seekerId,
  jobId,
  onClose,
}: {
  readonly seekerId: string | null;
  readonly jobId: string | null;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const referPair = useRefer();
  const open = isOpenReferral(usePairReferrals('seekerId', seekerId ?? '').get(jobId ?? ''));
  const state = useMatch(seekerId && jobId ? { kind: 'explain', seekerId, jobId } : null);
  const [including, setIncluding] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const shown = Boolean(seekerId && jobId);
  const e = state.status === 'done' && state.answer.kind === 'explain' ? state.answer : null;
  const title = e
    ? t('matching.whyTitle', { seeker: e.seekers[seekerId ?? '']?.name ?? '', job: e.jobs[jobId ?? '']?.title ?? '' })
    : t('matching.why');

  const refer = async (values: { reason?: string }) => {
    if (!e || !seekerId || !jobId) return;
    // The command checks the pair again and asks for the reason when the engine excludes it.
    const error = await referPair({ seekerId, jobId, overrideReason: values.reason ?? null }, e.explanation.flags);
    const field = error?.fields?.['overrideReason'];
    if (field) form.setFields([{ name: 'reason', errors: [errorText(t, field)] }]);
  };

  return (
    <Drawer
      open={shown}
      onClose={() => {
        setIncluding(false);
        onClose();
      }}
      width={720}
      title={title}
      destroyOnHidden
    >
      {state.status === 'loading' && <Spin size="large" />}
      {state.status === 'error' && (
        <Alert type="error" showIcon message={t('matching.failed')} description={state.message} />
      )}
      {state.status === 'done' && state.answer.kind === 'missing' && (
        <Alert type="warning" showIcon message={t(`matching.missing.${state.answer.what}`)} />
      )}
      {e && <Explanation e={e.explanation} />}
      {e && open && <Alert style={{ marginTop: 24 }} type="info" showIcon message={t('matching.alreadyReferred')} />}
      {e && !open && (
        <div style={{ marginTop: 24 }}>
          {e.explanation.verdict === 'excluded' ? (
            including ? (
              <Form form={form} layout="vertical" onFinish={(v) => void refer(v)}>
                <Form.Item
                  name="reason"
                  label={t('matching.includeReason')}
                  rules={[{ required: true, whitespace: true, message: t('errors.referral.overrideReason') }]}
                >
                  <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('matching.includeReasonHint')} />
                </Form.Item>
                <Space>
                  <Button type="primary" size="large" htmlType="submit">
                    {t('matching.includeConfirm')}
                  </Button>
                  <Button size="large" onClick={() => setIncluding(false)}>
                    {t('common.cancel')}
                  </Button>
                </Space>
              </Form>
            ) : (
              <Button size="large" onClick={() => setIncluding(true)}>
                {t('matching.includeAnyway')}
              </Button>
            )
          ) : (
            <Button type="primary" size="large" onClick={() => void refer({})}>
              {t('matching.refer')}
            </Button>
          )}
        </div>
      )}
    </Drawer>
  );
}
