import { App as AntApp, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../backup/backup-crypto';
import { checkPassphrase, setBackupPassphrase } from '../../backup/backup-key';
import type { Actor } from '../../db/commands/command';
import { appEnv } from '../../db/commands/env';
import { getPlatform } from '../../platform/platform';
import { errorText } from '../../ui/forms';

interface Values {
  passphrase: string;
  repeat: string;
}

/** The administrator types the backup passphrase twice; it is checked, derived into a key and kept (never itself). */
export function PassphraseForm(props: {
  readonly actor: Actor;
  readonly changing: boolean;
  readonly onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const result = await setBackupPassphrase(appEnv(), getPlatform(), props.actor, values);
      if (result.ok) {
        void message.success(t('backup.passphraseSaved'));
        form.resetFields();
        props.onDone();
        return;
      }
      const field = result.error.code === 'backup.passphraseMismatch' ? 'repeat' : 'passphrase';
      form.setFields([{ name: field, errors: [errorText(t, result.error.code, result.error.params)] }]);
    } finally {
      setSaving(false);
    }
  };

  // The same checks as the command, shown under the fields as the person types.
  const check = (field: keyof Values) => ({
    validator: async (_: unknown, value: string | undefined) => {
      const values = form.getFieldsValue();
      const checked = checkPassphrase(
        values.passphrase ?? '',
        field === 'repeat' ? (value ?? '') : (values.passphrase ?? ''),
      );
      if (checked.ok || (field === 'passphrase' && checked.error.code === 'backup.passphraseMismatch')) return;
      if (field === 'repeat' && checked.error.code !== 'backup.passphraseMismatch') return;
      throw new Error(errorText(t, checked.error.code, checked.error.params));
    },
  });

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit} className="passphrase-form">
      <Typography.Paragraph type="secondary">
        {t('backup.passphraseHelp', { min: MIN_PASSPHRASE_LENGTH })}
        {props.changing && <> {t('backup.changeNote')}</>}
      </Typography.Paragraph>
      <Form.Item
        name="passphrase"
        label={t('backup.passphraseLabel')}
        rules={[check('passphrase')]}
        validateTrigger="onBlur"
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="repeat" label={t('backup.repeatLabel')} rules={[check('repeat')]} validateTrigger="onBlur">
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" size="large" loading={saving}>
          {saving ? t('backup.deriving') : props.changing ? t('backup.changePassphrase') : t('backup.setPassphrase')}
        </Button>
        {props.changing && (
          <Button size="large" onClick={props.onDone}>
            {t('common.cancel')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
