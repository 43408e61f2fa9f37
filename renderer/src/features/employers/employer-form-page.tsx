import { App as AntApp, Button, Card, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { nameSchema } from '#shared/entities/base';
import { EMPLOYER_KINDS, creditCodeSchema, type Employer } from '#shared/entities/employer';
import { asErrorCode } from '#shared/errors/codes';
import { parsePhone } from '#shared/identifiers/phone';
import { saveEmployer } from '../../db/commands/employers';
import { appEnv } from '../../db/commands/env';
import { useEmployer, useVillages, type EmployerRow } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText, zodRule } from '../../ui/forms';
import { Hinted } from '../../ui/hinted';
import { EmployerRightsCard } from './employer-rights-card';

interface Values {
  name: string;
  kind: Employer['kind'];
  creditCode?: string;
  villageCode?: string;
  address?: string;
  contactName?: string;
  contactPhone?: string;
}

export function EmployerFormPage() {
  const { id } = useParams();
  const existing = useEmployer(id === 'new' ? undefined : id);
  if (id !== 'new' && existing === undefined) return <Spin size="large" />;
  return <EmployerForm key={id} existing={existing ?? null} />;
}

function EmployerForm({ existing }: { readonly existing: EmployerRow | null }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const user = useSession((s) => s.user);
  const villages = useVillages();
  const [form] = Form.useForm<Values>();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    try {
      const phone = v.contactPhone?.trim() ? parsePhone(v.contactPhone) : null;
      const result = await saveEmployer(appEnv(), user, {
        id: recordId,
        name: v.name,
        kind: v.kind,
        creditCode: v.creditCode?.trim() ? v.creditCode.trim().toUpperCase() : null,
        villageCode: v.villageCode ?? null,
        address: v.address ?? '',
        contactName: v.contactName ?? '',
        contactPhone: phone ? (phone.ok ? phone.value.number : (v.contactPhone ?? null)) : null,
      });
      if (result.ok) {
        void message.success(t('employers.saved', { name: result.value.name }));
        void navigate('/employers');
      } else {
        applyFieldErrors(form, result.error, t);
        void message.error(errorText(t, result.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  const optionalCode = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = creditCodeSchema.safeParse(value.trim().toUpperCase());
      if (!r.success) throw new Error(errorText(t, asErrorCode(r.error.issues[0]?.message ?? 'validation')));
    },
  };
  const optionalPhone = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = parsePhone(value);
      if (!r.ok) throw new Error(errorText(t, r.error.code));
    },
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>
          {existing ? t('employers.editEmployer') : t('employers.addEmployer')}
        </Typography.Title>
        <Button onClick={() => void navigate('/employers')}>{t('employers.back')}</Button>
      </Space>
      <Card style={{ maxWidth: 760 }}>
        <Form
          form={form}
          layout="vertical"
          size="large"
          onFinish={submit}
          initialValues={
            existing
              ? {
                  ...existing,
                  creditCode: existing.creditCode ?? undefined,
                  villageCode: existing.villageCode ?? undefined,
                  contactPhone: existing.contactPhone ?? undefined,
                }
              : { kind: 'micro-factory' }
          }
        >
          <Form.Item name="name" label={t('employers.name')} rules={[zodRule(nameSchema, t)]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="kind" label={t('employers.kind')}>
            <Select options={EMPLOYER_KINDS.map((k) => ({ value: k, label: t(`options.employerKind.${k}`) }))} />
          </Form.Item>
          <Form.Item name="creditCode" label={t('employers.creditCode')} rules={[optionalCode]}>
            <Hinted hint={t('employers.creditCodeHelp')}>
              <Input maxLength={18} autoComplete="off" />
            </Hinted>
          </Form.Item>
          <Form.Item name="villageCode" label={t('employers.village')}>
            <Hinted hint={villages.length === 0 ? t('seekers.villageNone') : undefined}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={villages.map((v) => ({ value: v.code, label: v.name }))}
              />
            </Hinted>
          </Form.Item>
          <Form.Item name="address" label={t('employers.address')}>
            <Input maxLength={200} />
          </Form.Item>
          <Space size="large" wrap>
            <Form.Item name="contactName" label={t('employers.contactName')}>
              <Input maxLength={50} />
            </Form.Item>
            <Form.Item name="contactPhone" label={t('employers.contactPhone')} rules={[optionalPhone]}>
              <Input inputMode="tel" maxLength={20} />
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" size="large" loading={saving}>
              {t('common.save')}
            </Button>
          </div>
        </Form>
      </Card>
      {existing && <EmployerRightsCard employerId={existing.id} />}
    </div>
  );
}
