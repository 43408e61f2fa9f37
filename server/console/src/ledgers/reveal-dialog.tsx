import { Alert, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  readonly open: boolean;
  readonly onCancel: () => void;
  readonly onReveal: (reason: string) => void;
}

/** Asks why full ID numbers are needed (2–200 characters) before the ledger shows them; the reason is audited. */
export function RevealDialog({ open, onCancel, onReveal }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t('ledgers.revealTitle')}
      okText={t('ledgers.revealOk')}
      cancelText={t('common.cancel')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
      width={560}
    >
      <Alert type="warning" showIcon title={t('ledgers.revealWarning')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={({ reason }) => onReveal(reason.trim())}
        preserve={false}
      >
        <Form.Item
          name="reason"
          label={t('ledgers.revealReason')}
          rules={[
            {
              required: true,
              validator: async (_rule, value: string | undefined) => {
                const length = (value ?? '').trim().length;
                if (length < 2 || length > 200) throw new Error(t('ledgers.revealReasonRequired'));
              },
            },
          ]}
        >
          <Input.TextArea
            rows={3}
            maxLength={200}
            showCount
            placeholder={t('ledgers.revealReasonPlaceholder')}
            autoFocus
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
