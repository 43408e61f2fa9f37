import { PlusOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../../shared/entities/staff';
import { appEnv } from '../../db/commands/env';
import { setStaffActive } from '../../db/commands/staff';
import { getDb } from '../../db/db';
import { useSession } from '../../state/session-store';
import { errorText } from '../forms';
import { StaffFormModal } from './staff-form-modal';

type Dialog = { kind: 'add' } | { kind: 'reset'; staffId: string; name: string } | null;

export function StaffPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const staff = useLiveQuery(() => getDb().staff.orderBy('name').toArray(), [], []);
  const [dialog, setDialog] = useState<Dialog>(null);
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
          { title: t('staff.name'), dataIndex: 'name', render: (name: string, s) => (s.id === user.id ? `${name}${t('staff.you')}` : name) },
          { title: t('staff.role'), dataIndex: 'role', render: (role: Staff['role']) => t(`roles.${role}`) },
          { title: t('staff.admin'), dataIndex: 'admin', render: (admin: boolean) => (admin ? t('common.yes') : t('common.no')) },
          {
            title: t('staff.status'),
            key: 'status',
            render: (_v, s) => (
              <Space wrap>
                <Tag color={s.active ? 'green' : 'default'}>{s.active ? t('staff.active') : t('staff.inactive')}</Tag>
                {s.lockedUntil > Date.now() && <Tag color="red">{t('staff.lockedUntil', { time: dayjs(s.lockedUntil).format('HH:mm') })}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, s) => (
              <Space wrap>
                <Button onClick={() => setDialog({ kind: 'reset', staffId: s.id, name: s.name })}>{t('staff.resetPin')}</Button>
                <Button danger={s.active} onClick={() => void toggle(s)}>
                  {s.active ? t('staff.deactivate') : t('staff.activate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog && <StaffFormModal actor={user} mode={dialog} onClose={() => setDialog(null)} />}
    </div>
  );
}
