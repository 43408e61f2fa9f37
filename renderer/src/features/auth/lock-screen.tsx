import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Station } from '#shared/entities/station';
import { useSession } from '../../state/session-store';
import { LanguageSwitch } from '../../ui/language-switch';
import { LoginPage } from './login-page';
import { PinForm } from './pin-form';

/**
 * The screen while the PC is locked: the same person's PIN opens it as it was left; anyone may switch user
 * (picking their own name again also brings their screens back).
 */
export function LockScreen({ station }: { readonly station: Station }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const byIdle = useSession((s) => s.lockedByIdle);
  const switching = useSession((s) => s.switching);
  const unlock = useSession((s) => s.unlock);
  const startSwitch = useSession((s) => s.startSwitch);
  const cancelSwitch = useSession((s) => s.cancelSwitch);
  if (!user) return null;
  if (switching) return <LoginPage station={station} onBack={cancelSwitch} />;
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
        <Button size="large" block style={{ marginTop: 12 }} onClick={startSwitch}>
          {t('lock.switchUser')}
        </Button>
      </Card>
    </div>
  );
}
