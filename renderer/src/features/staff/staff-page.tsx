import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '#shared/entities/staff';
import { appEnv } from '../../db/commands/env';
import { setStaffActive } from '../../db/commands/staff';
import { useStaffList } from '../../db/queries';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { StaffFormModal } from './staff-form-modal';

type Dialog = { kind: 'add' } | { kind: 'reset'; staffId: string; name: string } | null;

export function StaffPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const staff = useStaffList(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Re-render every 30 s so a lock tag disappears when the lock runs out.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  if (!user) return null;

  const toggle = async (s: Staff) => {
    const result = await setStaffActive(appEnv(), user, s.id, !s.active);
    if (result.ok) void message.success(t(s.active ? 'staff.deactivated' : 'staff.activated', { name: s.name }));
    else void message.error(errorText(t, result.error.code));
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{t('staff.title')}</Typography.Title>
        <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
          {t('staff.add')}
        </Button>
      </Space>
      <Table<Staff>
        rowKey="id"
        dataSource={staff}
        pagination={false}
        columns={[
          {
            title: t('staff.name'),
            dataIndex: 'name',
            render: (name: string, s) => (s.id === user.id ? `${name}${t('staff.you')}` : name),
          },
          { title: t('staff.role'), dataIndex: 'role', render: (role: Staff['role']) => t(`roles.${role}`) },
          {
            title: t('staff.admin'),
            dataIndex: 'admin',
            render: (admin: boolean) => (admin ? t('common.yes') : t('common.no')),
          },
          {
            title: t('staff.status'),
            key: 'status',
            render: (_v, s) => (
              <Space wrap>
                <Tag color={s.active ? 'green' : 'default'}>{s.active ? t('staff.active') : t('staff.inactive')}</Tag>
                {s.lockedUntil > now && (
                  <Tag color="red">{t('staff.lockedUntil', { time: dayjs(s.lockedUntil).format('HH:mm') })}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, s) => (
              <Space wrap>
                <Button onClick={() => setDialog({ kind: 'reset', staffId: s.id, name: s.name })}>
                  {t('staff.resetPin')}
                </Button>
                {s.id !== user.id &&
                  (s.active ? (
                    <Popconfirm
                      title={t('errors.staff.deactivateConfirm', { name: s.name })}
                      okText={t('staff.deactivate')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => toggle(s)}
                    >
                      <Button danger>{t('staff.deactivate')}</Button>
                    </Popconfirm>
                  ) : (
                    <Button onClick={() => void toggle(s)}>{t('staff.activate')}</Button>
                  ))}
              </Space>
            ),
          },
        ]}
      />
      {dialog && <StaffFormModal actor={user} mode={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}
