import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { pinSchema } from '#shared/auth/pin';
import { zodRule } from './forms';
import { PinInput } from './pin-input';

/** A new PIN typed twice (first run, new staff, PIN reset): the form fields `pin` and `pinConfirm`. */
export function PinFields({ autoFocus = false }: { readonly autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="pin" label={t('setup.pin')} rules={[zodRule(pinSchema, t)]}>
        <PinInput autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name="pinConfirm"
        label={t('setup.pinConfirm')}
        dependencies={['pin']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              if ((value ?? '') !== getFieldValue('pin')) throw new Error(t('errors.pin.mismatch'));
            },
          }),
        ]}
      >
        <PinInput />
      </Form.Item>
    </>
  );
}
