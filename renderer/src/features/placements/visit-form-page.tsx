import { App as AntApp, Button, Card, Input, List, Radio, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { VISIT_KINDS, type Answer, type VisitAnswer, type VisitKind } from '#shared/entities/visit';
import { questionsFor } from '#shared/rights/visit-questions';
import { recordVisit } from '../../db/commands/follow-ups';
import { appEnv } from '../../db/commands/env';
import { useStation } from '../../db/queries';
import { usePlacementView, useRuleParams } from '../../db/rights-queries';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { FutureDateNote } from '../../ui/future-date-note';
import { ContractTrackerCard } from './contract-tracker-card';
import { FindingsList, useLocalText } from '../../ui/findings-list';
import { evaluatePlacement } from './placement-eval';
import { MaternityInputs } from './maternity-inputs';
import { VisitContractInputs } from './visit-contract-inputs';
import type { VisitContractFacts } from '../../db/commands/follow-ups';
import { maternityOf, type MaternityInput } from '../../db/commands/maternity';
import { stationDay } from '../../state/station-day';

/**
 * A follow-up visit: the questions for the worker (yes / no / not known, each with its evidence) beside the
 * automatic checks, which update with every answer. Saved once, append-only.
 */
export function VisitFormPage() {
  const { id, kind: kindParam } = useParams();
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const local = useLocalText();
  const user = useSession((s) => s.user);
  const view = usePlacementView(id);
  const params = useRuleParams();
  const station = useStation();
  const [visitedOn, setVisitedOn] = useState(() => stationDay());
  const [answers, setAnswers] = useState<Readonly<Record<string, { answer: Answer; evidence: string }>>>({});
  const [note, setNote] = useState('');
  const [maternity, setMaternity] = useState<MaternityInput | null>(null);
  const [contract, setContract] = useState<VisitContractFacts | null>(null);
  const [saving, setSaving] = useState(false);
  const kind: VisitKind = (VISIT_KINDS as readonly string[]).includes(kindParam ?? '')
    ? (kindParam as VisitKind)
    : 'extra';
  if (view === undefined || !params || station === 'loading') return <Spin size="large" />;
  if (view === null) return <Typography.Paragraph>{t('errors.placement.missing')}</Typography.Paragraph>;

  const given: VisitAnswer[] = Object.entries(answers).map(([questionId, a]) => ({
    questionId,
    answer: a.answer,
    evidence: a.evidence,
  }));
  const date = /^\d{4}-\d{2}-\d{2}$/.test(visitedOn) ? visitedOn : stationDay();
  const women = view.seeker?.sex === 'female';
  const maternityNow = maternity ?? maternityOf(view.seeker);
  const contractNow: VisitContractFacts = contract ?? view.placement;
  const asked = { ...view, placement: { ...view.placement, ...contractNow } };
  const result = evaluatePlacement(asked, params, station?.areaCode ?? null, date, given, maternityNow);
  const questions = questionsFor(result.facts);
  const set = (qid: string, patch: Partial<{ answer: Answer; evidence: string }>) =>
    setAnswers((prev) => ({
      ...prev,
      [qid]: { answer: prev[qid]?.answer ?? 'unknown', evidence: prev[qid]?.evidence ?? '', ...patch },
    }));
  const back = () => void navigate(`/placements/${view.placement.id}`);

  const save = async () => {
    if (!user) return;
    setSaving(true);
    try {
      const shown = new Set(questions.map((q) => q.id));
      const r = await recordVisit(appEnv(), user, {
        placementId: view.placement.id,
        kind,
        visitedOn: date,
        answers: given.filter((a) => shown.has(a.questionId)),
        note,
        ...(women && maternity ? { maternity } : {}),
        ...(contract ? { contract } : {}),
      });
      if (r.ok) {
        void message.success(t('rights.visits.saved'));
        back();
      } else void message.error(errorText(t, r.error.fields?.['visitedOn'] ?? r.error.code));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>
          {t('rights.visits.formTitle', { kind: t(`rights.visits.kinds.${kind}`), name: view.seeker?.name ?? '—' })}
        </Typography.Title>
        <Button size="large" onClick={back}>
          {t('rights.visits.back')}
        </Button>
      </Space>
      <Typography.Paragraph>{t('rights.visits.formIntro')}</Typography.Paragraph>
      <Card className="form-card">
        <label>
          <Typography.Text strong>{t('rights.visits.visitedOn')}</Typography.Text>
          <Input
            type="date"
            size="large"
            value={visitedOn}
            onChange={(e) => setVisitedOn(e.target.value)}
            style={{ width: 220, marginLeft: 12 }}
            aria-label={t('rights.visits.visitedOn')}
          />
        </label>
        <div style={{ marginTop: 12 }}>
          <FutureDateNote date={visitedOn} kind="visit" />
        </div>
      </Card>
      <ContractTrackerCard
        placement={asked.placement}
        track={result.contract}
        monthlyWage={result.facts.monthlyWageEstimate}
        relation={result.relation}
      />
      <Card className="form-card" title={t('rights.visits.questions')}>
        <List
          dataSource={[...questions]}
          renderItem={(q) => (
            <List.Item data-question={q.id}>
              <div style={{ width: '100%' }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {local(q.text)}
                </Typography.Text>
                <Space wrap style={{ marginTop: 8, width: '100%' }}>
                  <Radio.Group
                    optionType="button"
                    buttonStyle="solid"
                    size="large"
                    aria-label={local(q.text)}
                    value={answers[q.id]?.answer ?? 'unknown'}
                    onChange={(e) => set(q.id, { answer: e.target.value as Answer })}
                    options={(['yes', 'no', 'unknown'] as const).map((a) => ({
                      value: a,
                      label: t(`rights.visits.${a}`),
                    }))}
                  />
                  <Input
                    size="large"
                    style={{ width: 360 }}
                    maxLength={500}
                    placeholder={t('rights.visits.evidence')}
                    aria-label={`${local(q.text)} ${t('rights.visits.evidence')}`}
                    value={answers[q.id]?.evidence ?? ''}
                    onChange={(e) => set(q.id, { evidence: e.target.value })}
                  />
                </Space>
              </div>
            </List.Item>
          )}
        />
        <Typography.Text strong>{t('rights.visits.note')}</Typography.Text>
        <Input.TextArea
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-label={t('rights.visits.note')}
        />
      </Card>
      <Card className="form-card" title={t('rights.visits.contractTitle')}>
        <VisitContractInputs value={contractNow} onChange={setContract} />
      </Card>
      {women && (
        <Card className="form-card" title={t('rights.maternity.title')}>
          <MaternityInputs value={maternityNow} onChange={setMaternity} on={date} />
        </Card>
      )}
      <Card className="form-card" title={t('rights.visits.checks')}>
        <FindingsList findings={result.findings} />
      </Card>
      <Button type="primary" size="large" loading={saving} onClick={() => void save()}>
        {t('rights.visits.save')}
      </Button>
    </div>
  );
}
