import { App as AntApp, Alert, Button, Empty, Form, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { appEnv } from '../../db/commands/env';
import { withdrawConsent } from '../../db/commands/seekers';
import { useSeeker, type SeekerRow } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { DuplicateNoticeAlerts } from '../../ui/duplicate-notices';
import { errorText } from '../../ui/forms';
import { stationDay } from '../../state/station-day';
import { SeekerBasicCard } from './seeker-basic-card';
import { SeekerConsentCard } from './seeker-consent-card';
import { SeekerProfileCards } from './seeker-profile-cards';
import { blankSeeker, toFormValues, toSeekerInput, type SeekerFormValues } from './seeker-values';
import { useSaveSeeker } from './use-save-seeker';

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
  const [form] = Form.useForm<SeekerFormValues>();
  const [recordId] = useState(() => existing?.id ?? uuidv7());
  const [saving, setSaving] = useState(false);
  const { save, dialog, problems } = useSaveSeeker(form);
  const today = stationDay();

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
      {existing && <DuplicateNoticeAlerts seekerId={existing.id} />}
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={existing ? toFormValues(existing) : blankSeeker(today)}
        scrollToFirstError
      >
        <SeekerBasicCard form={form} existing={existing} today={today} />
        <SeekerProfileCards existing={existing !== null} today={today} />
        <SeekerConsentCard today={today} />
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
