import { EyeOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maskPhone } from '#shared/identifiers/phone';
import { maskResidentId } from '#shared/identifiers/resident-id';
import { appEnv } from '../../db/commands/env';
import { revealSeekerField } from '../../db/commands/seekers';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';

/** An ID number or phone shown masked; "查看" asks why, audits it, then shows it in full. */
export function MaskedValue({
  seekerId,
  field,
  value,
}: {
  readonly seekerId: string;
  readonly field: 'idNumber' | 'phone';
  readonly value: string | null;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  if (!value) return <span>—</span>;
  const masked = field === 'idNumber' ? maskResidentId(value) : maskPhone(value);

  const reveal = async ({ reason }: { reason?: string }) => {
    if (!user) return;
    const result = await revealSeekerField(appEnv(), user, seekerId, field, reason ?? '');
    if (result.ok) {
      setShown(result.value);
      setAsking(false);
      form.resetFields();
    } else if (result.error.fields?.['reason']) {
      form.setFields([{ name: 'reason', errors: [errorText(t, result.error.fields['reason'])] }]);
    } else {
      void message.error(errorText(t, result.error.code));
    }
  };

  return (
    <Space>
      <span className="masked-value">{shown ?? masked}</span>
      {!shown && (
        <Button size="small" icon={<EyeOutlined />} onClick={() => setAsking(true)}>
          {t('seekers.show')}
        </Button>
      )}
      <Modal
        open={asking}
        title={t('seekers.revealTitle', { field: t(`seekers.${field}`) })}
        okText={t('seekers.revealOk')}
        cancelText={t('common.cancel')}
        onOk={() => form.submit()}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={reveal}>
          <Form.Item
            name="reason"
            label={t('seekers.revealReason')}
            rules={[{ required: true, whitespace: true, min: 2, message: errorText(t, 'reveal.reason') }]}
          >
            <Input.TextArea rows={2} maxLength={200} autoFocus />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
