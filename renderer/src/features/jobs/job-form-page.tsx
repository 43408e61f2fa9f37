import {
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { CONTRACT_KINDS, PAY_KINDS, WORKPLACES, type Job } from '#shared/entities/job';
import { EMPTY_WEEK } from '#shared/schedule/week-grid';
import { saveJob } from '../../db/commands/employers';
import { appEnv } from '../../db/commands/env';
import { useEmployers, useJob, type JobRow } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText } from '../../ui/forms';
import { confirmSerious, PostingPrescreenPanel, usePostingPrescreen } from './posting-prescreen';
import { useLocalText } from '../../ui/findings-list';
import { AvailabilityEditor } from '../../ui/availability-editor';
import { SkillList } from '../../ui/skill-list';
import { stationDay } from '../../state/station-day';

interface Values {
  employerId?: string;
  title: string;
  occupation?: string;
  skills?: Job['skills'];
  scheduleKind: 'grid' | 'flexible';
  grid: string;
  workplace: Job['workplace'];
  physical: Job['physical'];
  literacyNeeded: Job['literacyNeeded'];
  payKind: Job['pay']['kind'];
  payAmount?: number;
  piecesPerHour?: number;
  contractKind: Job['contractKind'];
  socialInsurance: boolean;
  positions: number;
  startDate: string;
  endDate?: string;
  status: Job['status'];
  description?: string;
}

function toValues(j: Job): Values {
  return {
    ...j,
    scheduleKind: j.schedule.kind,
    grid: j.schedule.kind === 'grid' ? j.schedule.grid : EMPTY_WEEK,
    payKind: j.pay.kind,
    payAmount: j.pay.amount,
    piecesPerHour: j.pay.kind === 'piece' ? j.pay.piecesPerHour : undefined,
    endDate: j.endDate ?? undefined,
  };
}

export function JobFormPage() {
  const { id } = useParams();
  const existing = useJob(id === 'new' ? undefined : id);
  if (id !== 'new' && existing === undefined) return <Spin size="large" />;
  return <JobForm key={id} existing={existing ?? null} />;
}

function JobForm({ existing }: { readonly existing: JobRow | null }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const employers = useEmployers('');
  const [form] = Form.useForm<Values>();
  const prescreen = usePostingPrescreen(form, employers);
  const local = useLocalText();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const [saving, setSaving] = useState(false);
  const scheduleKind = Form.useWatch('scheduleKind', form);
  const payKind = Form.useWatch('payKind', form);
  const today = stationDay();

  const submit = async (v: Values) => {
    if (!user) return;
    if (!(await confirmSerious(modal, prescreen.result, t, local))) return;
    setSaving(true);
    try {
      const amount = v.payAmount ?? 0;
      const pay: Job['pay'] =
        v.payKind === 'piece'
          ? { kind: 'piece', amount, piecesPerHour: v.piecesPerHour ?? 0 }
          : { kind: v.payKind, amount };
      const result = await saveJob(appEnv(), user, {
        id: recordId,
        employerId: v.employerId ?? '',
        title: v.title ?? '',
        occupation: v.occupation ?? '',
        skills: v.skills ?? [],
        schedule: v.scheduleKind === 'flexible' ? { kind: 'flexible' } : { kind: 'grid', grid: v.grid || EMPTY_WEEK },
        workplace: v.workplace,
        physical: v.physical,
        literacyNeeded: v.literacyNeeded,
        pay,
        contractKind: v.contractKind,
        socialInsurance: v.socialInsurance,
        positions: v.positions,
        startDate: v.startDate,
        endDate: v.endDate || null,
        status: v.status,
        description: v.description ?? '',
      });
      if (result.ok) {
        void message.success(t('employers.saved', { name: result.value.title }));
        void navigate('/employers');
      } else {
        applyFieldErrors(form, result.error, t, { pay: 'payAmount', schedule: 'grid' });
        void message.error(errorText(t, result.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('errors.required') };
  const blank: Values = {
    title: '',
    scheduleKind: 'grid',
    grid: EMPTY_WEEK,
    workplace: 'on-site',
    physical: { standingHours: 0, liftKg: 0, fineEyesight: false, bothHands: true },
    literacyNeeded: 'none',
    payKind: 'monthly',
    contractKind: 'labour',
    socialInsurance: true,
    positions: 1,
    startDate: today,
    status: 'open',
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{existing ? t('employers.editJob') : t('employers.addJob')}</Typography.Title>
        <Space wrap>
          {existing && (
            <Button type="primary" size="large" onClick={() => void navigate(`/employers/job/${existing.id}/matches`)}>
              {t('matching.findSeekers')}
            </Button>
          )}
          <Button onClick={() => void navigate('/employers')}>{t('employers.back')}</Button>
        </Space>
      </Space>
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={existing ? toValues(existing) : blank}
      >
        <Card className="form-card">
          <Space size="large" wrap align="start">
            <Form.Item name="employerId" label={t('employers.employer')} rules={[required]}>
              <Select
                style={{ width: 280 }}
                showSearch={{ optionFilterProp: 'label' }}
                options={(employers ?? []).map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t('employers.jobTitle')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={60} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="occupation" label={t('employers.occupation')}>
              <Input maxLength={60} style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <div>
            <Typography.Text strong>{t('employers.skills')}</Typography.Text>
          </div>
          <div style={{ margin: '8px 0 16px' }}>
            <SkillList />
          </div>
        </Card>
        <Card title={t('employers.schedule')} className="form-card">
          <Form.Item name="scheduleKind">
            <Radio.Group
              optionType="button"
              options={[
                { value: 'grid', label: t('employers.scheduleGrid') },
                { value: 'flexible', label: t('employers.scheduleFlexible') },
              ]}
            />
          </Form.Item>
          {scheduleKind !== 'flexible' && (
            <Form.Item name="grid">
              <AvailabilityEditor />
            </Form.Item>
          )}
          <Form.Item name="workplace" label={t('employers.workplace')}>
            <Radio.Group
              optionType="button"
              options={WORKPLACES.map((w) => ({ value: w, label: t(`options.workplace.${w}`) }))}
            />
          </Form.Item>
        </Card>
        <Card title={t('employers.physical')} className="form-card">
          <Space size="large" wrap>
            <Form.Item name={['physical', 'standingHours']} label={t('employers.standingHours')}>
              <InputNumber min={0} max={12} suffix={t('employers.hours')} />
            </Form.Item>
            <Form.Item name={['physical', 'liftKg']} label={t('employers.liftKg')}>
              <InputNumber min={0} max={100} suffix={t('employers.kg')} />
            </Form.Item>
            <Form.Item name="literacyNeeded" label={t('employers.literacyNeeded')}>
              <Select
                style={{ width: 200 }}
                options={(['none', 'basic', 'fluent'] as const).map((l) => ({
                  value: l,
                  label: t(`options.literacy.${l}`),
                }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name={['physical', 'fineEyesight']} valuePropName="checked">
            <Checkbox>{t('employers.fineEyesight')}</Checkbox>
          </Form.Item>
          <Form.Item name={['physical', 'bothHands']} valuePropName="checked">
            <Checkbox>{t('employers.bothHands')}</Checkbox>
          </Form.Item>
        </Card>
        <Card title={t('employers.pay')} className="form-card">
          <Space size="large" wrap align="start">
            <Form.Item name="payKind" label={t('employers.payKind')}>
              <Select
                style={{ width: 160 }}
                options={PAY_KINDS.map((k) => ({ value: k, label: t(`options.payKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="payAmount" label={t('employers.payAmount')} rules={[required]}>
              <InputNumber
                min={0.01}
                max={100000}
                suffix={payKind ? t(`options.payUnit.${payKind}`) : undefined}
                style={{ width: 200 }}
              />
            </Form.Item>
            {payKind === 'piece' && (
              <Form.Item name="piecesPerHour" label={t('employers.piecesPerHour')} rules={[required]}>
                <InputNumber min={0.1} max={10000} suffix={t('employers.pieces')} style={{ width: 200 }} />
              </Form.Item>
            )}
            <Form.Item name="contractKind" label={t('employers.contractKind')}>
              <Select
                style={{ width: 200 }}
                options={CONTRACT_KINDS.map((c) => ({ value: c, label: t(`options.contract.${c}`) }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="socialInsurance" valuePropName="checked">
            <Checkbox>{t('employers.socialInsurance')}</Checkbox>
          </Form.Item>
        </Card>
        <Card className="form-card">
          <Space size="large" wrap align="start">
            <Form.Item name="positions" label={t('employers.positions')}>
              <InputNumber min={1} max={10000} precision={0} suffix={t('employers.people')} />
            </Form.Item>
            <Form.Item name="startDate" label={t('employers.startDate')} rules={[required]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="endDate" label={t('employers.endDate')}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="status" label={t('employers.status')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'open', label: t('employers.open') },
                  { value: 'closed', label: t('employers.closed') },
                ]}
              />
            </Form.Item>
          </Space>
          <Form.Item name="description" label={t('employers.description')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Card>
        <PostingPrescreenPanel prescreen={prescreen} />
        <Button type="primary" htmlType="submit" size="large" loading={saving}>
          {t('common.save')}
        </Button>
      </Form>
    </div>
  );
}
