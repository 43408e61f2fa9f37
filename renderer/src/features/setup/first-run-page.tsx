import { App as AntApp, Button, Card, Divider, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '#shared/auth/roles';
import { nameSchema } from '#shared/entities/base';
import { areaCodeSchema } from '#shared/entities/station';
import { appEnv, randomDeviceId } from '../../db/commands/env';
import { setupStation } from '../../db/commands/setup-station';
import { hashPin } from '../../security/pin-hash';
import { PinFields } from '../../ui/pin-fields';
import { applyFieldErrors, errorText, zodRule } from '../../ui/forms';
import { LanguageSwitch } from '../../ui/language-switch';
import { RestoreBackupDialog } from '../../ui/restore-backup-dialog';

interface SetupForm {
  stationName: string;
  areaCode: string;
  adminName: string;
  adminRole: Role;
  pin: string;
  pinConfirm: string;
}

export function FirstRunPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<SetupForm>();
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState(false);

  const submit = async (values: SetupForm) => {
    setSaving(true);
    try {
      const pin = await hashPin(values.pin);
      const result = await setupStation(appEnv(), { ...values, pin, deviceId: randomDeviceId() });
      if (result.ok) {
        void message.success(t('setup.done'));
      } else if (!applyFieldErrors(form, result.error, t)) {
        void message.error(errorText(t, result.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="centered-page">
      <Card
        style={{ width: 640, maxWidth: '100%' }}
        extra={<LanguageSwitch />}
        title={<span className="page-title">{t('setup.title')}</span>}
      >
        <Typography.Paragraph>{t('setup.intro')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          size="large"
          onFinish={submit}
          initialValues={{ adminRole: 'staff' }}
          disabled={saving}
        >
          <Divider titlePlacement="start">{t('setup.stationSection')}</Divider>
          <Form.Item name="stationName" label={t('setup.stationName')} rules={[zodRule(nameSchema, t)]}>
            <Input placeholder={t('setup.stationNamePlaceholder')} maxLength={60} />
          </Form.Item>
          <Form.Item
            name="areaCode"
            label={t('setup.areaCode')}
            extra={t('setup.areaCodeHelp')}
            rules={[zodRule(areaCodeSchema, t)]}
          >
            <Input inputMode="numeric" maxLength={12} />
          </Form.Item>
          <Divider titlePlacement="start">{t('setup.adminSection')}</Divider>
          <Form.Item name="adminName" label={t('setup.adminName')} rules={[zodRule(nameSchema, t)]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="adminRole" label={t('setup.adminRole')}>
            <Select options={(['staff', 'county_admin'] as const).map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          </Form.Item>
          <PinFields />
          <Button type="primary" htmlType="submit" size="large" block loading={saving}>
            {saving ? t('common.saving') : t('setup.submit')}
          </Button>
        </Form>
        <Divider />
        {/* A replacement PC starts from the old one's backup instead of a new station. */}
        <Button size="large" block onClick={() => setRestoring(true)}>
          {t('backup.setupRestore')}
        </Button>
        <RestoreBackupDialog open={restoring} actor={null} onClose={() => setRestoring(false)} />
      </Card>
    </div>
  );
}
