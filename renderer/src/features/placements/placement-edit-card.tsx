import { App as AntApp, Button, Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACT_KINDS } from '#shared/entities/job';
import type { Placement } from '#shared/entities/placement';
import { updatePlacement } from '../../db/commands/follow-ups';
import { appEnv } from '../../db/commands/env';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';

type Num = number | null | undefined;
interface Values {
  status: Placement['status'];
  endDate?: string;
  contractKind: Placement['contractKind'];
  contractStatus: Placement['contractStatus'];
  contractSignedOn?: string;
  contractTerm?: Placement['contractTerm'];
  contractTermMonths?: Num;
  probationMonths?: Num;
  probationMonthlyPay?: Num;
  actualMonthlyPay?: Num;
  actualWeeklyHours?: Num;
  actualMaxDailyHours?: Num;
  actualWorkDaysPerWeek?: Num;
  overtimeHoursLastMonth?: Num;
  payIntervalDays?: Num;
  socialInsuranceStatus: Placement['socialInsuranceStatus'];
  socialInsuranceRegisteredOn?: string;
  note?: string;
}

const n = (v: Num): number | null => (v === undefined || v === null ? null : v);
const d = (v: string | undefined): string | null => (v ? v : null);

/** What the visits find out: contract, insurance, actual hours and pay, leaving. Saved through updatePlacement. */
export function PlacementEditCard({ placement: p }: { readonly placement: Placement }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const contractStatus = Form.useWatch('contractStatus', form);
  const insurance = Form.useWatch('socialInsuranceStatus', form);
  const status = Form.useWatch('status', form);

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    try {
      const r = await updatePlacement(appEnv(), user, {
        id: p.id,
        status: v.status,
        startDate: p.startDate,
        endDate: v.status === 'ended' ? d(v.endDate) : null,
        contractKind: v.contractKind,
        contractStatus: v.contractStatus,
        contractSignedOn: v.contractStatus === 'signed' ? d(v.contractSignedOn) : null,
        contractTerm: v.contractTerm ?? null,
        contractTermMonths: n(v.contractTermMonths),
        probationMonths: n(v.probationMonths),
        probationMonthlyPay: n(v.probationMonthlyPay),
        wage: p.wage,
        actualMonthlyPay: n(v.actualMonthlyPay),
        actualWeeklyHours: n(v.actualWeeklyHours),
        actualMaxDailyHours: n(v.actualMaxDailyHours),
        actualWorkDaysPerWeek: n(v.actualWorkDaysPerWeek),
        overtimeHoursLastMonth: n(v.overtimeHoursLastMonth),
        payIntervalDays: n(v.payIntervalDays),
        socialInsuranceStatus: v.socialInsuranceStatus,
        socialInsuranceRegisteredOn: v.socialInsuranceStatus === 'registered' ? d(v.socialInsuranceRegisteredOn) : null,
        injuryDate: p.injuryDate,
        injuryReportedOn: p.injuryReportedOn,
        retirementPost: p.retirementPost,
        drawsPension: p.drawsPension,
        note: v.note ?? '',
      });
      if (r.ok) void message.success(t('rights.placements.saved'));
      else {
        applyFieldErrors(form, r.error, t);
        void message.error(errorText(t, r.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  const initial: Values = {
    ...p,
    endDate: p.endDate ?? undefined,
    contractSignedOn: p.contractSignedOn ?? undefined,
    socialInsuranceRegisteredOn: p.socialInsuranceRegisteredOn ?? undefined,
  };
  const num = (name: keyof Values, label: string, suffix: string, max: number, precision?: number) => (
    <Form.Item name={name} label={label}>
      <InputNumber min={0} max={max} precision={precision} suffix={suffix} style={{ width: 200 }} />
    </Form.Item>
  );

  return (
    <Card className="form-card" title={t('rights.placements.edit')}>
      <Typography.Paragraph type="secondary">{t('rights.placements.editIntro')}</Typography.Paragraph>
      <Form form={form} layout="vertical" size="large" initialValues={initial} onFinish={submit}>
        <Space size="large" wrap align="start" style={{ width: '100%' }}>
          <Form.Item name="contractKind" label={t('employers.contractKind')}>
            <Select
              style={{ width: 220 }}
              options={CONTRACT_KINDS.map((c) => ({ value: c, label: t(`options.contract.${c}`) }))}
            />
          </Form.Item>
          <Form.Item name="contractStatus" label={t('rights.placements.contractStatus')}>
            <Radio.Group
              optionType="button"
              options={(['signed', 'not-signed', 'unknown'] as const).map((s) => ({
                value: s,
                label: t(`rights.placements.contractStatuses.${s}`),
              }))}
            />
          </Form.Item>
          {contractStatus === 'signed' && (
            <Form.Item name="contractSignedOn" label={t('rights.placements.contractSignedOn')}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
          )}
        </Space>
        {contractStatus === 'signed' && (
          <Space size="large" wrap align="start" style={{ width: '100%' }}>
            <Form.Item name="contractTerm" label={t('rights.placements.contractTerm')}>
              <Select
                allowClear
                style={{ width: 220 }}
                options={(['fixed', 'open-ended', 'task'] as const).map((k) => ({
                  value: k,
                  label: t(`rights.placements.contractTerms.${k}`),
                }))}
              />
            </Form.Item>
            {num('contractTermMonths', t('rights.placements.contractTermMonths'), t('rights.placements.months'), 600)}
            {num('probationMonths', t('rights.placements.probationMonths'), t('rights.placements.months'), 12)}
            {num(
              'probationMonthlyPay',
              t('rights.placements.probationMonthlyPay'),
              t('rights.placements.yuan'),
              1000000,
            )}
          </Space>
        )}
        <Space size="large" wrap align="start" style={{ width: '100%' }}>
          <Form.Item name="socialInsuranceStatus" label={t('rights.placements.socialInsuranceStatus')}>
            <Radio.Group
              optionType="button"
              options={(['registered', 'not-registered', 'unknown'] as const).map((s) => ({
                value: s,
                label: t(`rights.placements.socialInsuranceStatuses.${s}`),
              }))}
            />
          </Form.Item>
          {insurance === 'registered' && (
            <Form.Item name="socialInsuranceRegisteredOn" label={t('rights.placements.socialInsuranceRegisteredOn')}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
          )}
        </Space>
        <Space size="large" wrap align="start" style={{ width: '100%' }}>
          {num('actualMonthlyPay', t('rights.placements.actualMonthlyPay'), t('rights.placements.yuan'), 1000000)}
          {num('actualWeeklyHours', t('rights.placements.actualWeeklyHours'), t('rights.placements.hours'), 168)}
          {num('actualMaxDailyHours', t('rights.placements.actualMaxDailyHours'), t('rights.placements.hours'), 24)}
          {num(
            'actualWorkDaysPerWeek',
            t('rights.placements.actualWorkDaysPerWeek'),
            t('rights.placements.days'),
            7,
            0,
          )}
          {num(
            'overtimeHoursLastMonth',
            t('rights.placements.overtimeHoursLastMonth'),
            t('rights.placements.hours'),
            744,
          )}
          {num('payIntervalDays', t('rights.placements.payIntervalDays'), t('rights.placements.days'), 366, 0)}
        </Space>
        <Space size="large" wrap align="start" style={{ width: '100%' }}>
          <Form.Item name="status" label={t('rights.placements.status')}>
            <Radio.Group
              optionType="button"
              options={(['active', 'ended'] as const).map((s) => ({
                value: s,
                label: t(`rights.placements.statuses.${s}`),
              }))}
            />
          </Form.Item>
          {status === 'ended' && (
            <Form.Item name="endDate" label={t('rights.placements.endDate')}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
          )}
        </Space>
        <Form.Item name="note" label={t('rights.placements.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
