import { Alert, Button, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/entities/staff';
import type { AppError } from '../../../../shared/result';
import { appEnv } from '../../db/commands/env';
import { attemptLogin } from '../../db/commands/login';
import { errorText } from '../forms';
import { PinInput } from './pin-input';

interface Props {
  readonly staffId: string;
  readonly purpose: 'login' | 'unlock';
  readonly submitLabel: string;
  readonly onSuccess: (staff: Staff) => void;
}

function lockedText(t: ReturnType<typeof useTranslation>['t'], error: AppError): string {
  const totalSeconds = Math.ceil(Number(error.params?.['retryInMs'] ?? 0) / 1000);
  return t('login.locked', { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 });
}

/** PIN entry shared by log-in and unlock: wrong PINs count towards the lockout either way. */
export function PinForm({ staffId, purpose, submitLabel, onSuccess }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ pin: string }>();
  const [busy, setBusy] = useState(false);
  const [locked, setLocked] = useState<string | null>(null);

  const submit = async ({ pin }: { pin?: string }) => {
    setBusy(true);
    try {
      const result = await attemptLogin(appEnv(), staffId, pin ?? '', purpose);
      if (result.ok) {
        setLocked(null);
        onSuccess(result.value);
        return;
      }
      form.setFieldValue('pin', '');
      if (result.error.code === 'login.locked') {
        setLocked(lockedText(t, result.error));
        form.setFields([{ name: 'pin', errors: [] }]);
      } else if (result.error.code === 'login.wrong') {
        form.setFields([{ name: 'pin', errors: [t('login.wrong', { left: result.error.params?.['left'] ?? 0 })] }]);
      } else {
        form.setFields([{ name: 'pin', errors: [errorText(t, result.error.code)] }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit}>
      {locked && <Alert type="error" showIcon title={locked} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="pin" label={t('login.pin')}>
        <PinInput autoFocus disabled={busy} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
