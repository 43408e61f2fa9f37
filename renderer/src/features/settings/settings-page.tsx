import { Alert, App as AntApp, Button, Card, Form, InputNumber, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsSchema } from '#shared/entities/settings';
import { appEnv } from '../../db/commands/env';
import { updateSettings } from '../../db/commands/settings';
import { useDemoLoaded, useSavedIdleLockMinutes, useSeekerCount } from '../../db/queries';
import { loadDemoCounty } from '../../registry/load-demo';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText, zodRule } from '../../ui/forms';
import { LanguageSwitch } from '../../ui/language-switch';
import { BackupCard } from './backup-card';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const minutes = useSavedIdleLockMinutes();
  const [form] = Form.useForm<{ idleLockMinutes: number }>();
  const [saving, setSaving] = useState(false);
  const [loadingDemo, setLoadingDemo] = useState(false);
  const seekerCount = useSeekerCount();
  const demoDay = useDemoLoaded();
  if (!user) return null;

  const loadDemo = async () => {
    setLoadingDemo(true);
    try {
      const result = await loadDemoCounty(appEnv(), user);
      if (result.ok) void message.success(t('settings.demoDone', result.value));
      else void message.error(errorText(t, result.error.code));
    } finally {
      setLoadingDemo(false);
    }
  };

  const submit = async (values: { idleLockMinutes: number }) => {
    setSaving(true);
    try {
      const result = await updateSettings(appEnv(), user, values);
      if (result.ok) {
        form.setFieldsValue({ idleLockMinutes: result.value.idleLockMinutes });
        void message.success(t('settings.saved', { minutes: result.value.idleLockMinutes }));
      } else if (!applyFieldErrors(form, result.error, t)) void message.error(errorText(t, result.error.code));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="page">
      <Typography.Title level={2}>{t('settings.title')}</Typography.Title>
      <Card style={{ maxWidth: 640 }} loading={minutes === undefined}>
        {minutes !== undefined && (
          <Form
            form={form}
            layout="vertical"
            size="large"
            onFinish={submit}
            initialValues={{ idleLockMinutes: minutes }}
          >
            <Form.Item
              name="idleLockMinutes"
              label={t('settings.idle')}
              extra={t('settings.idleHelp')}
              rules={[zodRule(settingsSchema.shape.idleLockMinutes, t)]}
            >
              {/* No min/max here: a value out of range is refused with a message, never changed silently. */}
              <InputNumber suffix={t('settings.minutes')} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item label={t('common.language')}>
              <LanguageSwitch />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" loading={saving}>
              {t('common.save')}
            </Button>
          </Form>
        )}
      </Card>
      <Card title={t('settings.demoTitle')} style={{ maxWidth: 640, marginTop: 16 }}>
        {demoDay ? (
          <Alert
            type="success"
            showIcon
            title={t('settings.demoLoaded', { day: demoDay })}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Typography.Paragraph>
            {seekerCount ? t('settings.demoHasData') : t('settings.demoText')}
          </Typography.Paragraph>
        )}
        {/* Loaded once: the button stays, greyed, under the note that says it is done. */}
        <Popconfirm
          title={t('settings.demoConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={loadDemo}
          disabled={Boolean(seekerCount) || Boolean(demoDay)}
        >
          <Button size="large" loading={loadingDemo} disabled={Boolean(seekerCount) || Boolean(demoDay)}>
            {loadingDemo ? t('settings.demoLoading') : t('settings.demoButton')}
          </Button>
        </Popconfirm>
      </Card>
      <BackupCard actor={user} />
    </div>
  );
}
