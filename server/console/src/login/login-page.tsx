import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refusalText } from '../api/refusal-text';
import type { Refusal } from '../api/types';
import { useSession, type LoginNotice } from '../session/session';
import { LanguageSwitch } from '../ui/language-switch';

const beijingTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** When a lock runs out, rounded up to the minute, in Beijing time as the office reads its clocks. */
const unlockTime = (ms: number) => beijingTime.format(new Date(Math.ceil(ms / 60_000) * 60_000));

function NoticeBanner({ notice }: { readonly notice: LoginNotice }) {
  const { t } = useTranslation();
  if (notice === 'expired') return <Alert type="warning" showIcon title={t('login.expired')} />;
  if (notice === 'needLogin') return <Alert type="warning" showIcon title={t('login.needLogin')} />;
  if (notice === 'loggedOut') return <Alert type="info" showIcon title={t('login.loggedOut')} />;
  return null;
}

/** The console's log-in: user name and password; a wrong pair, a lock (with when it ends) said in words. */
export function LoginPage() {
  const { t } = useTranslation();
  const { logIn, notice } = useSession();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const explain = (refusal: Refusal): string => {
    if (refusal.status === 401) return t('login.bad');
    if (refusal.status === 423 && refusal.unlocksAt) return t('login.locked', { time: unlockTime(refusal.unlocksAt) });
    if (refusal.status === 429) return t('login.tooMany');
    return refusalText(refusal);
  };

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setProblem(null);
    const answer = await logIn(values.username.trim(), values.password);
    setBusy(false);
    if (!answer.ok) setProblem(explain(answer.error));
  };

  return (
    <div className="centered-page">
      <Card className="login-card">
        <div className="login-language">
          <LanguageSwitch />
        </div>
        <Typography.Title level={2}>{t('login.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <div className="login-notices">
          <NoticeBanner notice={problem ? null : notice} />
          {problem && <Alert type="error" showIcon title={problem} role="alert" />}
        </div>
        <Form layout="vertical" size="large" onFinish={(values) => void submit(values)} requiredMark={false}>
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
