import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { nameSchema } from '#shared/entities/base';
import { EDUCATION, GROUPS, LITERACY, SEEKER_STATUS, TRANSPORT } from '#shared/entities/seeker';
import { parsePhone } from '#shared/identifiers/phone';
import { parseResidentId } from '#shared/identifiers/resident-id';
import { appEnv } from '../../db/commands/env';
import { withdrawConsent } from '../../db/commands/seekers';
import { useSeeker, useVillages, type SeekerRow } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { errorText, zodRule } from '../../ui/forms';
import { AvailabilityEditor } from '../../ui/availability-editor';
import { MaskedValue } from './masked-value';
import { SkillList } from '../../ui/skill-list';
import { CareDutyList, CertificateList } from './seeker-lists';
import { blankSeeker, toFormValues, toSeekerInput, type SeekerFormValues } from './seeker-values';
import { useSaveSeeker } from './use-save-seeker';
import { stationDay } from '../../state/station-day';

/** Register a new seeker (/seekers/new) or edit one (/seekers/:id). */
export function SeekerFormPage() {
  const { id } = useParams();
  const existing = useSeeker(id === 'new' ? undefined : id);
  if (id !== 'new' && existing === undefined) return <Spin size="large" />;
  if (id !== 'new' && (existing === null || existing?.deleted)) return <Empty description={<NotFound />} />;
  return <SeekerForm key={id} existing={existing ?? null} />;
}

function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Space direction="vertical">
      <span>{t('errors.record.notFound')}</span>
      <Button onClick={() => void navigate('/seekers')}>{t('seekers.back')}</Button>
    </Space>
  );
}

function SeekerForm({ existing }: { readonly existing: SeekerRow | null }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const villages = useVillages();
  const [form] = Form.useForm<SeekerFormValues>();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const [saving, setSaving] = useState(false);
  const [idNote, setIdNote] = useState<string | null>(null);
  const { save, dialog, problems } = useSaveSeeker(form);
  const today = stationDay();
  const sex = Form.useWatch('sex', form);

  // The ID number fills in the birth date and sex, and says so when it changed what was typed.
  const fillFromId = () => {
    const raw = form.getFieldValue('idNumber') as string | undefined;
    if (!raw?.trim()) return;
    const parsed = parseResidentId(raw, today);
    if (!parsed.ok) return;
    const typed = form.getFieldValue('birthDate') as string;
    form.setFieldsValue({ idNumber: parsed.value.number, birthDate: parsed.value.birthDate, sex: parsed.value.sex });
    setIdNote(typed && typed !== parsed.value.birthDate ? t('seekers.idWarnBirth') : null);
  };

  const submit = async (values: SeekerFormValues) => {
    if (!user) return;
    setSaving(true);
    try {
      await save(toSeekerInput(recordId, values, user.id, today, existing ?? undefined));
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async () => {
    if (!user || !existing) return;
    const result = await withdrawConsent(appEnv(), user, existing.id);
    if (result.ok) {
      void message.success(t('seekers.withdrawn', { name: existing.name }));
      void navigate('/seekers');
    } else void message.error(errorText(t, result.error.code));
  };

  const idRule = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = parseResidentId(value, today);
      if (!r.ok) throw new Error(errorText(t, r.error.code));
    },
  };
  const phoneRule = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = parsePhone(value);
      if (!r.ok) throw new Error(errorText(t, r.error.code));
    },
  };
  const requiredDate = { required: true, message: t('errors.required') };
  // Our own check, not the browser's (its bubble speaks the browser's language, not the person's).
  const pastDate = {
    validator: async (_r: unknown, value?: string) => {
      if (value && value > today) throw new Error(errorText(t, 'date.future'));
    },
  };
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{existing ? t('seekers.edit') : t('seekers.register')}</Typography.Title>
        <Space wrap>
          {existing && (
            <Button type="primary" size="large" onClick={() => void navigate(`/seekers/${existing.id}/matches`)}>
              {t('matching.findJobs')}
            </Button>
          )}
          <Button onClick={() => void navigate('/seekers')}>{t('seekers.back')}</Button>
        </Space>
      </Space>
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={existing ? toFormValues(existing) : blankSeeker(today)}
        scrollToFirstError
      >
        <Card title={t('seekers.sectionBasic')} className="form-card">
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="name" label={t('seekers.name')} rules={[zodRule(nameSchema, t)]}>
                <Input maxLength={60} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item
                name="idNumber"
                label={t('seekers.idNumber')}
                extra={
                  existing?.idNumber ? (
                    <MaskedValue seekerId={existing.id} field="idNumber" value={existing.idNumber} />
                  ) : (
                    t('seekers.idNumberHelp')
                  )
                }
                rules={[idRule]}
              >
                <Input
                  maxLength={18}
                  onBlur={fillFromId}
                  autoComplete="off"
                  placeholder={existing?.idNumber ? t('seekers.keepEmpty') : undefined}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="sex" label={t('seekers.sex')}>
                <Radio.Group optionType="button" options={options(['female', 'male'] as const, 'options.sex')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="birthDate" label={t('seekers.birthDate')} rules={[requiredDate, pastDate]}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="phone"
                label={t('seekers.phone')}
                rules={[phoneRule]}
                extra={
                  existing?.phone ? (
                    <MaskedValue seekerId={existing.id} field="phone" value={existing.phone} />
                  ) : undefined
                }
              >
                <Input
                  inputMode="tel"
                  maxLength={20}
                  autoComplete="off"
                  placeholder={existing?.phone ? t('seekers.keepEmpty') : undefined}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="villageCode"
                label={t('seekers.village')}
                extra={villages.length === 0 ? t('seekers.villageNone') : undefined}
              >
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={villages.map((v) => ({ value: v.code, label: v.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="education" label={t('seekers.education')}>
                <Select options={options(EDUCATION, 'options.education')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="literacy" label={t('seekers.literacy')}>
                <Radio.Group optionType="button" options={options(LITERACY, 'options.literacy')} />
              </Form.Item>
            </Col>
          </Row>
          {idNote && <Alert type="warning" showIcon title={idNote} />}
        </Card>

        <Card title={t('seekers.sectionSkills')} className="form-card">
          <Typography.Text strong>{t('seekers.skills')}</Typography.Text>
          <div style={{ margin: '8px 0 16px' }}>
            <SkillList />
          </div>
          <Typography.Text strong>{t('seekers.certificates')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <CertificateList />
          </div>
        </Card>

        <Card title={t('seekers.sectionTime')} className="form-card">
          <Form.Item name="availability" label={t('seekers.availability')}>
            <AvailabilityEditor />
          </Form.Item>
          <Typography.Text strong>{t('seekers.careDuties')}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <CareDutyList />
          </div>
        </Card>

        <Card title={t('seekers.sectionBody')} className="form-card">
          <Space size="large" wrap>
            <Form.Item name={['physical', 'standingHoursMax']} label={t('seekers.standingHoursMax')}>
              <InputNumber min={0} max={12} suffix={t('seekers.hours')} />
            </Form.Item>
            <Form.Item name={['physical', 'liftKgMax']} label={t('seekers.liftKgMax')}>
              <InputNumber min={0} max={100} suffix={t('seekers.kg')} />
            </Form.Item>
            <Form.Item name={['physical', 'eyesight']} label={t('seekers.eyesight')}>
              <Radio.Group optionType="button" options={options(['good', 'limited'] as const, 'options.eyesight')} />
            </Form.Item>
            <Form.Item name={['physical', 'hands']} label={t('seekers.hands')}>
              <Radio.Group optionType="button" options={options(['full', 'limited'] as const, 'options.hands')} />
            </Form.Item>
          </Space>
          {sex === 'female' && (
            <Form.Item name="pregnant" valuePropName="checked">
              <Checkbox>{t('seekers.pregnant')}</Checkbox>
            </Form.Item>
          )}
        </Card>

        <Card title={t('seekers.sectionWork')} className="form-card">
          <Space size="large" wrap>
            <Form.Item name={['commute', 'maxMinutes']} label={t('seekers.commuteMax')}>
              <InputNumber min={0} max={240} suffix={t('seekers.minutes')} />
            </Form.Item>
            <Form.Item name={['commute', 'mode']} label={t('seekers.commuteMode')}>
              <Select style={{ width: 160 }} options={options(TRANSPORT, 'options.transport')} />
            </Form.Item>
            <Form.Item name="payAmount" label={t('seekers.payFloor')}>
              <InputNumber min={1} max={100000} suffix={t('seekers.yuan')} />
            </Form.Item>
            <Form.Item name="payPer" label={t('seekers.payPer')}>
              <Select style={{ width: 120 }} options={options(['month', 'day', 'hour'] as const, 'options.payPer')} />
            </Form.Item>
          </Space>
          <Form.Item name="homeBasedWanted" valuePropName="checked">
            <Checkbox>{t('seekers.homeBased')}</Checkbox>
          </Form.Item>
        </Card>

        <Card title={t('seekers.sectionGroups')} className="form-card">
          <Form.Item name="groups" label={t('seekers.groups')}>
            <Checkbox.Group options={options(GROUPS, 'options.groups')} />
          </Form.Item>
          {existing && (
            <Form.Item name="status" label={t('seekers.status')}>
              <Select
                style={{ width: 200 }}
                options={options(
                  SEEKER_STATUS.filter((s) => s !== 'withdrawn'),
                  'options.status',
                )}
              />
            </Form.Item>
          )}
          <Form.Item name="notes" label={t('seekers.notes')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Card>

        <Card title={t('seekers.sectionConsent')} className="form-card">
          <Form.Item
            name="consentMatching"
            valuePropName="checked"
            rules={[
              {
                validator: async (_r, value?: boolean) => {
                  if (!value) throw new Error(errorText(t, 'consent.matching'));
                },
              },
            ]}
          >
            <Checkbox>{t('seekers.consentMatching')}</Checkbox>
          </Form.Item>
          <Form.Item name="consentCounty" valuePropName="checked">
            <Checkbox>{t('seekers.consentCounty')}</Checkbox>
          </Form.Item>
          <Form.Item name="consentDate" label={t('seekers.consentDate')} rules={[requiredDate, pastDate]}>
            <Input type="date" style={{ width: 220 }} />
          </Form.Item>
        </Card>

        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('errors.validation')}
            description={problems.join(' ')}
            style={{ marginTop: 16 }}
          />
        )}
        <Space style={{ marginTop: 16 }} wrap>
          <Button type="primary" htmlType="submit" size="large" loading={saving}>
            {saving ? t('common.saving') : t('seekers.save')}
          </Button>
          {existing && (
            <Popconfirm
              title={t('seekers.withdrawConfirm', { name: existing.name })}
              okButtonProps={{ danger: true }}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={withdraw}
            >
              <Button danger size="large">
                {t('seekers.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Form>
      {dialog}
    </div>
  );
}
