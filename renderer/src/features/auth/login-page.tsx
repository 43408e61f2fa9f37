import { UserOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '#shared/entities/staff';
import type { Station } from '#shared/entities/station';
import { useStaffList } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { LanguageSwitch } from '../../ui/language-switch';
import { prepareForLogIn } from '../layout/preload';
import { PinForm } from './pin-form';

/** Log-in on a shared PC: pick your name (big buttons), then type your PIN. */
export function LoginPage({ station, onBack }: { readonly station: Station; readonly onBack?: () => void }) {
  const { t } = useTranslation();
  const logIn = useSession((s) => s.logIn);
  const staff = useStaffList(true);
  const [chosen, setChosen] = useState<Staff | null>(null);

  return (
    <div className="centered-page">
      <Card
        style={{ width: 560, maxWidth: '100%' }}
        title={<span className="page-title">{station.name}</span>}
        extra={<LanguageSwitch />}
      >
        {chosen ? (
          <>
            <Typography.Title level={3}>{t('login.pinTitle', { name: chosen.name })}</Typography.Title>
            <PinForm
              key={chosen.id}
              staffId={chosen.id}
              purpose="login"
              submitLabel={t('login.submit')}
              onSuccess={(s) => logIn({ id: s.id, name: s.name, role: s.role, admin: s.admin })}
            />
            <Button size="large" block style={{ marginTop: 12 }} onClick={() => setChosen(null)}>
              {t('login.other')}
            </Button>
          </>
        ) : (
          <>
            <Typography.Title level={3}>{t('login.title')}</Typography.Title>
            {staff.length === 0 && <Empty description={t('login.noStaff')} />}
            <Flex vertical gap={12}>
              {staff.map((s) => (
                <Button
                  key={s.id}
                  size="large"
                  icon={<UserOutlined />}
                  className="big-choice"
                  onClick={() => {
                    setChosen(s);
                    // The PIN takes a few seconds to type: the app's frame loads meanwhile.
                    prepareForLogIn();
                  }}
                >
                  <span className="big-choice-name">{s.name}</span>
                  <span className="big-choice-note">{t(`roles.${s.role}`)}</span>
                </Button>
              ))}
            </Flex>
            {onBack && (
              <Button size="large" block style={{ marginTop: 12 }} onClick={onBack}>
                {t('lock.backToLock')}
              </Button>
            )}
          </>
        )}
      </Card>
    </div>
  );
}
