import { Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { CONTRACT_KINDS, PAY_KINDS, WORKPLACES } from '#shared/entities/job';
import { useEmployers, useJob, type JobRow } from '../../db/queries';
import { stationDay } from '../../state/station-day';
import { AvailabilityEditor } from '../../ui/availability-editor';
import { BreakHint } from './break-hint';
import { ShiftEdges } from './shift-edges';
import { SkillList } from '../../ui/skill-list';
import { blankJob, toJobFormValues, type JobFormValues } from './job-values';
import { PostingPrescreenPanel, usePostingPrescreen } from './posting-prescreen';
import { useSaveJob } from './use-save-job';

/** A new job posting (/employers/job/new) or an existing one (/employers/job/:id). */
export function JobFormPage() {
  const { id } = useParams();
  const existing = useJob(id === 'new' ? undefined : id);
  if (id !== 'new' && existing === undefined) return <Spin size="large" />;
  return <JobForm key={id} existing={existing ?? null} />;
}

function JobForm({ existing }: { readonly existing: JobRow | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const employers = useEmployers('');
  const [form] = Form.useForm<JobFormValues>();
  const prescreen = usePostingPrescreen(form, employers);
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const { save, saving } = useSaveJob(form, recordId, prescreen);
  const scheduleKind = Form.useWatch('scheduleKind', form);
  const grid = Form.useWatch('grid', form);
  const payKind = Form.useWatch('payKind', form);

  const required = { required: true, message: t('errors.required') };

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
        onFinish={save}
        initialValues={existing ? toJobFormValues(existing) : blankJob(stationDay())}
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
            <>
              <Form.Item name="grid" style={{ marginBottom: 0 }}>
                <AvailabilityEditor />
              </Form.Item>
              <Form.Item name="quarters" style={{ marginBottom: 0 }}>
                <ShiftEdges grid={grid} />
              </Form.Item>
              <BreakHint grid={grid} />
            </>
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
          <Form.Item name={['physical', 'muchWalking']} valuePropName="checked">
            <Checkbox>{t('employers.muchWalking')}</Checkbox>
          </Form.Item>
          <Form.Item name={['physical', 'stepFree']} label={t('employers.stepFree')}>
            <Radio.Group
              optionType="button"
              options={(['yes', 'no', 'unknown'] as const).map((v) => ({
                value: v,
                label: t(`options.stepFree.${v}`),
              }))}
            />
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
            <Form.Item name="payIntervalDays" label={t('employers.payInterval')}>
              <Select
                style={{ width: 160 }}
                options={([1, 7, 15, 30, ''] as const).map((d) => ({
                  value: d,
                  label: t(`employers.payIntervals.${d === '' ? 'unknown' : d}`),
                }))}
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
