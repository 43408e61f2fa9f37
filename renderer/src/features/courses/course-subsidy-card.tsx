import { Card, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether the course is subsidised, under which programme and with which thresholds; and notes. */
export function CourseSubsidyCard({ subsidyOn }: { readonly subsidyOn: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('training.form.subsidy')} style={{ marginBottom: 16 }}>
      <Form.Item name="subsidyOn" valuePropName="checked">
        <Checkbox>{t('training.form.subsidyOn')}</Checkbox>
      </Form.Item>
      {subsidyOn && (
        <>
          <Form.Item
            name="programme"
            label={t('training.form.programme')}
            rules={[{ required: true, whitespace: true, message: t('errors.subsidy.programme') }]}
          >
            <Input placeholder={t('training.form.programmePlaceholder')} maxLength={80} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="minRate" label={t('training.form.minRate')}>
              <InputNumber min={0} max={100} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="warnRate" label={t('training.form.warnRate')}>
              <InputNumber min={0} max={100} style={{ width: 140 }} />
            </Form.Item>
            <Form.Item name="minHours" label={t('training.form.minHours')}>
              <InputNumber min={0} max={2000} style={{ width: 140 }} />
            </Form.Item>
          </Space>
          <Typography.Paragraph type="secondary">{t('training.form.thresholdsHelp')}</Typography.Paragraph>
        </>
      )}
      <Form.Item name="notes" label={t('training.form.notes')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </Card>
  );
}
