import { App as AntApp, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '#shared/auth/roles';
import { nameSchema } from '#shared/entities/base';
import { appEnv } from '../../db/commands/env';
import { addStaff, resetPin } from '../../db/commands/staff';
import { hashPin } from '../../security/pin-hash';
import type { SessionUser } from '../../state/session-store';
import { PinFields } from '../../ui/pin-fields';
import { applyFieldErrors, errorText, zodRule } from '../../ui/forms';

interface Values {
  name: string;
  role: Role;
  admin: boolean;
  pin: string;
  pinConfirm: string;
}

/** Add a staff member (mode "add") or set a new PIN for one (mode "reset"). */
export function StaffFormModal({
  actor,
  mode,
  onClose,
}: {
  readonly actor: SessionUser;
  readonly mode: { readonly kind: 'add' } | { readonly kind: 'reset'; readonly staffId: string; readonly name: string };
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const role = Form.useWatch('role', form);

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      const pin = await hashPin(values.pin);
      const result =
        mode.kind === 'add'
          ? await addStaff(appEnv(), actor, {
              name: values.name,
              role: values.role,
              admin: values.role !== 'trainer' && values.admin === true,
              pin,
            })
          : await resetPin(appEnv(), actor, mode.staffId, pin);
      if (result.ok) {
        void message.success(
          mode.kind === 'add'
            ? t('staff.added', { name: result.value.name })
            : t('staff.pinReset', { name: mode.name }),
        );
        onClose();
      } else if (!applyFieldErrors(form, result.error, t)) {
        void message.error(errorText(t, result.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={mode.kind === 'add' ? t('staff.add') : t('staff.resetPinTitle', { name: mode.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
      maskClosable={false}
    >
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{ role: 'staff', admin: false }}
        disabled={saving}
      >
        {mode.kind === 'add' && (
          <>
            <Form.Item name="name" label={t('staff.name')} rules={[zodRule(nameSchema, t)]}>
              <Input maxLength={60} autoFocus />
            </Form.Item>
            <Form.Item name="role" label={t('staff.role')}>
              <Select options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
            </Form.Item>
            {role !== 'trainer' && (
              <Form.Item name="admin" valuePropName="checked" extra={t('staff.adminHelp')}>
                <Checkbox>{t('staff.admin')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <PinFields autoFocus={mode.kind === 'reset'} />
      </Form>
    </Modal>
  );
}
