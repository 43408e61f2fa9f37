import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../state/session-store';
import { LanguageSwitch } from '../../ui/language-switch';
import { PinForm } from './pin-form';

/** The screen while the PC is locked: only the same person's PIN opens it; anyone may switch user. */
export function LockScreen() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const byIdle = useSession((s) => s.lockedByIdle);
  const unlock = useSession((s) => s.unlock);
  const logOut = useSession((s) => s.logOut);
  if (!user) return null;
  return (
    <div className="centered-page">
      <Card
        style={{ width: 520, maxWidth: '100%' }}
        title={
          <span className="page-title">
            <LockOutlined /> {t('lock.title')}
          </span>
        }
        extra={<LanguageSwitch />}
      >
        {byIdle && <Alert type="info" showIcon title={t('lock.idleLocked')} style={{ marginBottom: 16 }} />}
        <Typography.Paragraph style={{ fontSize: 18 }}>{t('lock.hint', { name: user.name })}</Typography.Paragraph>
        <PinForm staffId={user.id} purpose="unlock" submitLabel={t('lock.unlock')} onSuccess={() => unlock()} />
        <Button size="large" block style={{ marginTop: 12 }} onClick={logOut}>
          {t('lock.switchUser')}
        </Button>
      </Card>
    </div>
  );
}
