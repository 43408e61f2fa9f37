import { Alert, Button, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pinSchema } from '#shared/auth/pin';
import type { Staff } from '#shared/entities/staff';
import type { AppErrorOf } from '#shared/result';
import { appEnv } from '../../db/commands/env';
import { errorText, zodRule } from '../../ui/forms';
import { PinInput } from '../../ui/pin-input';
import { loadLogin } from './load-login';

interface Props {
  readonly staffId: string;
  readonly purpose: 'login' | 'unlock';
  readonly submitLabel: string;
  readonly onSuccess: (staff: Staff) => void;
}

function lockedUntil(error: AppErrorOf<'login.locked'>): number {
  return Date.now() + error.params.retryInMs;
}

/** The lock message, counting down each second; gone when the lock has run out. */
function LockedAlert({ until, onEnd }: { readonly until: number; readonly onEnd: () => void }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil((until - now) / 1000));
  useEffect(() => {
    if (left === 0) onEnd();
  }, [left, onEnd]);
  return (
    <Alert
      type="error"
      showIcon
      title={t('login.locked', { minutes: Math.floor(left / 60), seconds: left % 60 })}
      style={{ marginBottom: 16 }}
      role="alert"
    />
  );
}

/** PIN entry shared by log-in and unlock: wrong PINs count towards the lockout either way. */
export function PinForm({ staffId, purpose, submitLabel, onSuccess }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ pin: string }>();
  const [busy, setBusy] = useState(false);
  const [locked, setLocked] = useState<number | null>(null);

  const submit = async ({ pin }: { pin?: string }) => {
    setBusy(true);
    try {
      const login = await loadLogin().catch(() => null);
      if (!login) {
        form.setFields([{ name: 'pin', errors: [t('login.notLoaded')] }]);
        return;
      }
      const result = await login.attemptLogin(appEnv(), staffId, pin ?? '', purpose);
      if (result.ok) {
        setLocked(null);
        onSuccess(result.value);
        return;
      }
      form.setFieldValue('pin', '');
      if (result.error.code === 'login.locked') {
        setLocked(lockedUntil(result.error));
        form.setFields([{ name: 'pin', errors: [] }]);
        return;
      }
      setLocked(null);
      if (result.error.code === 'login.wrong') {
        form.setFields([{ name: 'pin', errors: [t('login.wrong', { left: result.error.params.left })] }]);
      } else {
        form.setFields([{ name: 'pin', errors: [errorText(t, result.error.code)] }]);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form form={form} layout="vertical" size="large" onFinish={submit}>
      {locked !== null && <LockedAlert until={locked} onEnd={() => setLocked(null)} />}
      <Form.Item name="pin" label={t('login.pin')} rules={[zodRule(pinSchema, t)]} validateTrigger="onSubmit">
        <PinInput autoFocus disabled={busy} />
      </Form.Item>
      <Button type="primary" htmlType="submit" size="large" block loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
