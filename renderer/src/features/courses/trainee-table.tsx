import { App as AntApp, Button, Empty, Form, Input, Modal, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latestEvents, summarise, type AttendanceSummary } from '#shared/training/attendance';
import type { AttendanceEvent } from '#shared/entities/attendance-event';
import type { Course } from '#shared/entities/course';
import { evaluateEligibility, type Eligibility, type EligibilityReason } from '#shared/training/eligibility';
import { appEnv } from '../../db/commands/env';
import { completeTrainee } from '../../db/commands/completion';
import { withdrawEnrolment } from '../../db/commands/enrolments';
import type { Trainee } from '../../db/training-queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { percent } from './labels';
import { stationDay } from '../../state/station-day';

const COLOR = {
  eligible: 'green',
  'on-track': 'blue',
  unrecorded: 'default',
  warning: 'orange',
  'at-risk': 'red',
  'not-eligible': 'red',
  'no-subsidy': 'default',
} as const;

interface Row extends Trainee {
  readonly summary: AttendanceSummary;
  readonly eligibility: Eligibility;
}

/** Trainees with attendance rate, hours and subsidy status; staff complete (with certificate) or withdraw them. */
export function TraineeTable({
  course,
  trainees,
  events,
  isTrainer,
  own,
}: {
  readonly course: Course;
  readonly trainees: readonly Trainee[] | undefined;
  readonly events: readonly AttendanceEvent[];
  readonly isTrainer: boolean;
  /** the course is run by this station (another station's trainees are not synced here) */
  readonly own: boolean;
}) {
  const { t } = useTranslation();
  const [completing, setCompleting] = useState<Row | null>(null);
  const [withdrawing, setWithdrawing] = useState<Row | null>(null);
  const today = stationDay();
  const latest = latestEvents(events);
  const rows: Row[] = (trainees ?? []).map((x) => {
    const summary = summarise(course.sessions, latest, x.enrolment.id, today);
    return { ...x, summary, eligibility: evaluateEligibility(summary, course.subsidy) };
  });
  const s = course.subsidy;
  const reasonText = (r: EligibilityReason) =>
    t(`training.reason.${r}`, {
      min: Math.round((s?.minAttendanceRate ?? 0.8) * 100),
      warn: Math.round((s?.warnAttendanceRate ?? 0.9) * 100),
      hours: s?.minClassHours ?? 0,
    });

  return (
    <>
      <Table<Row>
        rowKey={(r) => r.enrolment.id}
        loading={trainees === undefined}
        dataSource={rows}
        pagination={false}
        size="middle"
        locale={{
          emptyText: (
            <Empty
              description={t(
                !own
                  ? 'training.detail.noTraineesOther'
                  : isTrainer
                    ? 'training.detail.noTraineesTrainer'
                    : 'training.detail.noTrainees',
              )}
            />
          ),
        }}
        columns={[
          { title: t('training.col2.seat'), key: 'seat', width: 70, render: (_v, r) => r.enrolment.seat ?? '—' },
          { title: t('training.col2.name'), dataIndex: 'name', width: 110 },
          {
            title: t('training.col2.village'),
            dataIndex: 'villageName',
            width: 120,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('training.col2.status'),
            key: 'status',
            width: 100,
            render: (_v, r) => (
              <Tag
                color={
                  r.enrolment.status === 'completed' ? 'green' : r.enrolment.status === 'waiting' ? 'orange' : 'default'
                }
              >
                {t(`training.enrolStatus.${r.enrolment.status}`)}
              </Tag>
            ),
          },
          {
            title: t('training.col2.rate'),
            key: 'rate',
            width: 90,
            render: (_v, r) => (r.eligibility.status === 'unrecorded' ? '—' : percent(r.summary.rate)),
          },
          {
            title: t('training.col2.hours'),
            key: 'hours',
            width: 110,
            render: (_v, r) => `${r.summary.attendedHours}/${r.summary.plannedHours}`,
          },
          {
            title: t('training.col2.subsidy'),
            key: 'subsidy',
            render: (_v, r) =>
              r.enrolment.status === 'enrolled' || r.enrolment.status === 'completed' ? (
                <Tooltip title={r.eligibility.reasons.map(reasonText).join('；') || undefined}>
                  <Tag color={COLOR[r.eligibility.status]}>{t(`training.eligibility.${r.eligibility.status}`)}</Tag>
                  {r.eligibility.reasons.length > 0 && (
                    <Typography.Text type="secondary">
                      {r.eligibility.reasons.map(reasonText).join('；')}
                    </Typography.Text>
                  )}
                </Tooltip>
              ) : null,
          },
          ...(isTrainer
            ? []
            : [
                {
                  title: t('training.col2.actions'),
                  key: 'actions',
                  width: 200,
                  render: (_v: unknown, r: Row) =>
                    r.enrolment.status === 'completed' ? (
                      <Typography.Text>
                        {t('training.serialLine', { serial: r.enrolment.certificateSerial ?? '' })}
                      </Typography.Text>
                    ) : r.enrolment.status === 'withdrawn' ? null : (
                      <Space>
                        {r.enrolment.status === 'enrolled' && (
                          <Button
                            type="primary"
                            onClick={() => setCompleting(r)}
                            aria-label={`${t('training.complete')} ${r.name}`}
                          >
                            {t('training.complete')}
                          </Button>
                        )}
                        <Button onClick={() => setWithdrawing(r)} aria-label={`${t('training.withdraw')} ${r.name}`}>
                          {t('training.withdraw')}
                        </Button>
                      </Space>
                    ),
                },
              ]),
        ]}
      />
      {completing && <CompleteModal course={course} row={completing} onClose={() => setCompleting(null)} />}
      {withdrawing && <WithdrawModal row={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}

function CompleteModal({
  course,
  row,
  onClose,
}: {
  readonly course: Course;
  readonly row: Row;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<{ serial: string; issuedOn: string; certificateName: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { serial: string; issuedOn: string; certificateName: string }) => {
    if (!user) return;
    setBusy(true);
    const result = await completeTrainee(appEnv(), user, row.enrolment.id, v);
    setBusy(false);
    if (result.ok) {
      void message.success(t('training.completed', { name: row.name }));
      onClose();
    } else if (!applyFieldErrors(form, result.error, t))
      void message.error(errorText(t, result.error.code, result.error.params));
  };
  return (
    <Modal
      open
      title={t('training.completeTitle', { name: row.name })}
      okText={t('training.complete')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('training.completeHelp')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        size="large"
        initialValues={{ serial: '', issuedOn: stationDay(), certificateName: course.certificateName }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="serial"
          label={t('training.serial')}
          rules={[{ required: true, whitespace: true, message: t('errors.certificate.serial') }]}
        >
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label={t('training.issuedOn')}
          rules={[{ required: true, message: t('errors.date.format') }]}
        >
          <Input type="date" />
        </Form.Item>
        <Form.Item name="certificateName" label={t('training.certificateName')}>
          <Input maxLength={80} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WithdrawModal({ row, onClose }: { readonly row: Row; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!user) return;
    setBusy(true);
    const result = await withdrawEnrolment(appEnv(), user, row.enrolment.id, reason);
    setBusy(false);
    if (result.ok) {
      void message.success(t('training.withdrawn'));
      onClose();
    } else void message.error(errorText(t, result.error.code, result.error.params));
  };
  return (
    <Modal
      open
      title={t('training.withdrawTitle', { name: row.name })}
      okText={t('training.withdraw')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Input.TextArea
        aria-label={t('training.withdrawReason')}
        placeholder={t('training.withdrawReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={200}
        rows={2}
      />
    </Modal>
  );
}
