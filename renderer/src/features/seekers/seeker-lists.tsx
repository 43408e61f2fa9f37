import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS } from '#shared/entities/seeker';

// Care duties to the quarter hour, 06:00–24:00 (a school bell rarely rings on the half hour).
const TIMES = Array.from(
  { length: 73 },
  (_, i) => `${String(6 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
);

/** Certificates a person holds: name and serial number. */
export function CertificateList() {
  const { t } = useTranslation();
  return (
    <Form.List name="certificates">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('errors.required') }]}
              >
                <Input
                  placeholder={t('seekers.certificateName')}
                  aria-label={t('seekers.certificateName')}
                  maxLength={80}
                  style={{ width: 260 }}
                />
              </Form.Item>
              <Form.Item name={[field.name, 'serial']}>
                <Input
                  placeholder={t('seekers.certificateSerial')}
                  aria-label={t('seekers.certificateSerial')}
                  maxLength={60}
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ name: '', serial: '' })}>
            {t('seekers.addCertificate')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** Windows that must stay free: what, which days, from, to. */
export function CareDutyList() {
  const { t } = useTranslation();
  const days = ([0, 1, 2, 3, 4, 5, 6] as const).map((d) => ({ value: d, label: t(`options.days.${d}`) }));
  const times = TIMES.map((time) => ({ value: time, label: time }));
  return (
    <Form.List name="careDuties">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} align="baseline" wrap className="care-row">
              <Form.Item name={[field.name, 'kind']} label={t('seekers.careKind')}>
                <Select
                  style={{ width: 140 }}
                  options={CARE_KINDS.map((k) => ({ value: k, label: t(`options.care.${k}`) }))}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'days']}
                label={t('seekers.careDays')}
                rules={[{ required: true, message: t('errors.required') }]}
              >
                <Checkbox.Group options={days} />
              </Form.Item>
              <Form.Item name={[field.name, 'from']} label={t('seekers.careFrom')}>
                <Select style={{ width: 110 }} showSearch={{ optionFilterProp: 'label' }} options={times} />
              </Form.Item>
              <Form.Item name={[field.name, 'to']} label={t('seekers.careTo')}>
                <Select style={{ width: 110 }} showSearch={{ optionFilterProp: 'label' }} options={times} />
              </Form.Item>
              <Button icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ kind: 'school-pickup', days: [0, 1, 2, 3, 4], from: '15:30', to: '16:30', note: '' })}
          >
            {t('seekers.addCare')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
