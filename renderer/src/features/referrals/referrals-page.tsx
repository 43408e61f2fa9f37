import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Empty, Form, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { REFERRAL_NEXT, REFERRAL_STATUSES, type ReferralStatus } from '#shared/entities/referral';
import { advanceReferral } from '../../db/commands/referrals';
import { appEnv } from '../../db/commands/env';
import { useReferralCounts, useReferrals, type ReferralView } from '../../db/referral-queries';
import { useSession } from '../../state/session-store';
import { stationDay } from '../../state/station-day';
import { errorText } from '../../ui/forms';
import { FutureDateNote, keepEnterInDateBoxes } from '../../ui/future-date-note';

const NOT_HIRED_REASONS = ['noReply', 'declined', 'tooFar', 'hours', 'pay', 'skills'] as const;

const nowrap = () => ({ style: { whiteSpace: 'nowrap' as const } });

export const STATUS_COLOR: Readonly<Record<ReferralStatus, string>> = {
  suggested: 'default',
  referred: 'blue',
  interviewed: 'purple',
  hired: 'green',
  'not-hired': 'orange',
};

interface StepValues {
  readonly date?: Dayjs;
  readonly reason?: string;
}

/** The dialog for a step that needs something written: a start date (hired), a reason (not hired), a date (interview). */
function StepDialog({
  view,
  status,
  onClose,
}: {
  readonly view: ReferralView;
  readonly status: ReferralStatus;
  readonly onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const zhT = i18n.getFixedT('zh-CN');
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<StepValues>();
  const [saving, setSaving] = useState(false);
  const chosenDate = Form.useWatch('date', form);
  const save = async (v: StepValues) => {
    if (!user) return;
    setSaving(true);
    const date = v.date?.format('YYYY-MM-DD');
    const result = await advanceReferral(appEnv(), user, view.referral.id, {
      status,
      today: stationDay(),
      ...(status === 'hired' && date ? { startDate: date } : {}),
      ...(status === 'interviewed' && date ? { interviewOn: date } : {}),
      ...(status === 'not-hired' ? { outcomeReason: v.reason ?? '' } : {}),
    });
    setSaving(false);
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      const fieldError = fields['startDate'] ?? fields['outcomeReason'];
      if (fieldError)
        form.setFields([{ name: fields['startDate'] ? 'date' : 'reason', errors: [errorText(t, fieldError)] }]);
      else void message.error(errorText(t, result.error.code, result.error.params));
      return;
    }
    void message.success(t(status === 'hired' ? 'matching.hiredDone' : 'matching.stepDone'));
    onClose();
  };
  const needsDate = status === 'hired' || status === 'interviewed';
  return (
    <Modal
      open
      title={t(`matching.stepTitle.${status}`, { name: view.seeker?.name ?? '', job: view.job?.title ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      // The OK button submits the form natively (form="…"): it works from the first frame the dialog is shown.
      okButtonProps={{ size: 'large', loading: saving, htmlType: 'submit', form: 'referral-step' }}
      cancelButtonProps={{ size: 'large' }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        id="referral-step"
        form={form}
        layout="vertical"
        size="large"
        onFinish={(v) => void save(v)}
        onKeyDown={keepEnterInDateBoxes}
        initialValues={{ date: dayjs(stationDay()) }}
      >
        {needsDate && (
          <Form.Item
            name="date"
            label={t(status === 'hired' ? 'matching.startDate' : 'matching.interviewDate')}
            rules={[{ required: true, message: t('errors.referral.startDate') }]}
          >
            <DatePicker style={{ width: 220 }} />
          </Form.Item>
        )}
        {status === 'hired' && <FutureDateNote date={chosenDate?.format('YYYY-MM-DD') ?? null} kind="start" />}
        {status === 'hired' && <Typography.Paragraph type="secondary">{t('matching.hiredHelp')}</Typography.Paragraph>}
        {status === 'not-hired' && (
          <>
            {/* common reasons in one tap; the text stays editable */}
            <Typography.Text>{t('matching.quickReasons')}</Typography.Text>
            <Space wrap style={{ margin: '8px 0' }}>
              {NOT_HIRED_REASONS.map((k) => (
                <Button
                  key={k}
                  onClick={() => {
                    const have = String(form.getFieldValue('reason') ?? '').trim();
                    // stored in Chinese (the county reads these records), shown in the screen's language
                    const add = zhT(`matching.notHiredQuick.${k}`);
                    form.setFieldValue('reason', have && !have.includes(add) ? `${have}；${add}` : add);
                  }}
                >
                  {t(`matching.notHiredQuick.${k}`)}
                </Button>
              ))}
            </Space>
            <Form.Item
              name="reason"
              label={t('matching.notHiredReason')}
              rules={[{ required: true, whitespace: true, message: t('errors.referral.outcomeReason') }]}
            >
              <Input.TextArea rows={3} maxLength={500} showCount />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** /referrals — every referral with its status, the next steps as buttons, and the slip to print. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [tab, setTab] = useState<ReferralStatus | 'all'>('all');
  const rows = useReferrals(tab === 'all' ? null : tab);
  const counts = useReferralCounts() ?? {};
  const [step, setStep] = useState<{ view: ReferralView; status: ReferralStatus } | null>(null);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);

  return (
    <div className="page">
      <Typography.Title level={2}>{t('matching.referralsTitle')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('matching.referralsHelp')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as typeof tab)}
        // "suggested" is shown only when some exist (the screens refer with a letter at once)
        items={[
          { key: 'all', label: `${t('matching.allStatuses')} (${total})` },
          ...REFERRAL_STATUSES.filter((s) => s !== 'suggested' || (counts[s] ?? 0) > 0).map((s) => ({
            key: s,
            label: `${t(`matching.status.${s}`)} (${counts[s] ?? 0})`,
          })),
        ]}
      />
      <Table<ReferralView>
        rowKey={(v) => v.referral.id}
        loading={rows === undefined}
        dataSource={rows ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('matching.noReferrals')} /> }}
        columns={[
          {
            title: t('matching.col.seeker'),
            width: 120,
            onHeaderCell: nowrap,
            onCell: nowrap,
            render: (_, v) => v.seeker?.name ?? '—',
          },
          { title: t('matching.col.job'), render: (_, v) => `${v.job?.title ?? '—'} · ${v.employer?.name ?? ''}` },
          {
            title: t('matching.col.status'),
            render: (_, v) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATUS_COLOR[v.referral.status]}>{t(`matching.status.${v.referral.status}`)}</Tag>
                {v.referral.overrideReason && (
                  <Typography.Text type="warning">
                    {t('matching.overridden', { reason: v.referral.overrideReason })}
                  </Typography.Text>
                )}
                {v.referral.status === 'not-hired' && (
                  <Typography.Text type="secondary">{v.referral.outcomeReason}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('matching.col.date'),
            width: 130,
            onHeaderCell: nowrap,
            onCell: nowrap,
            render: (_, v) => v.referral.referredOn ?? stationDay(v.referral.createdAt),
          },
          {
            title: t('common.actions'),
            width: 420,
            render: (_, v) => (
              <Space wrap>
                {REFERRAL_NEXT[v.referral.status].map((next) => (
                  <Button
                    key={next}
                    size="large"
                    type={next === 'hired' ? 'primary' : 'default'}
                    danger={next === 'not-hired'}
                    onClick={() => setStep({ view: v, status: next })}
                  >
                    {t(`matching.action.${next}`)}
                  </Button>
                ))}
                <Button
                  size="large"
                  icon={<PrinterOutlined />}
                  onClick={() => void navigate(`/referrals/${v.referral.id}/slip`)}
                >
                  {t('matching.slip')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {step && <StepDialog view={step.view} status={step.status} onClose={() => setStep(null)} />}
    </div>
  );
}
