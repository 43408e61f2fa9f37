import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postJson } from '../api/client';
import { refusalText } from '../api/refusal-text';
import type { EnrolmentCode } from '../api/types';
import { formatDateTime } from '../ui/format';

const AREA = /^(\d{6}|\d{9}|\d{12})$/;

/** 添加站点: a name and an area code; the answer is the station's first enrolment code. */
export function AddStationDialog({
  open,
  onClose,
  onAdded,
}: {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onAdded: (code: EnrolmentCode) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; areaCode: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async (values: { name: string; areaCode: string }) => {
    setBusy(true);
    setProblem(null);
    const answer = await postJson<EnrolmentCode>('/stations', { name: values.name.trim(), areaCode: values.areaCode });
    setBusy(false);
    if (answer.ok) onAdded(answer.value);
    else setProblem(refusalText(answer.error));
  };

  return (
    <Modal
      open={open}
      title={t('stations.addTitle')}
      okText={t('stations.add')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" size="large" preserve={false} onFinish={(v) => void add(v)}>
        <Form.Item
          name="name"
          label={t('stations.stationName')}
          rules={[{ required: true, whitespace: true, message: t('stations.stationNameRequired') }]}
        >
          <Input maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item
          name="areaCode"
          label={t('stations.areaCode')}
          rules={[{ required: true, pattern: AREA, message: t('stations.areaCodeInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} placeholder="522626101" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Shows an enrolment code in large letters, with how long it works. */
export function CodeDialog({ code, onClose }: { readonly code: EnrolmentCode | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={code !== null}
      title={t('stations.codeTitle')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('stations.codeNoted')}
      cancelButtonProps={{ style: { display: 'none' } }}
    >
      {code && (
        <>
          <Typography.Paragraph>
            {t('stations.codeIntro', { until: formatDateTime(code.expiresAt) })}
          </Typography.Paragraph>
          <Typography.Title level={2} copyable className="enrolment-code" data-testid="enrolment-code">
            {code.enrollmentCode}
          </Typography.Title>
        </>
      )}
    </Modal>
  );
}
