import { Alert, Card, Col, Form, Input, Radio, Row, Select, type FormInstance } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameSchema } from '#shared/entities/base';
import { EDUCATION, LITERACY } from '#shared/entities/seeker';
import { parseResidentId } from '#shared/identifiers/resident-id';
import { useVillagesRead, type SeekerRow } from '../../db/queries';
import { zodRule } from '../../ui/forms';
import { Hinted } from '../../ui/hinted';
import { MaskedValue } from './masked-value';
import { useSeekerFormRules } from './seeker-form-rules';
import type { SeekerFormValues } from './seeker-values';

/**
 * Who the person is: name, ID number (which fills in birth date and sex), phone, village, education, reading.
 * A stored ID number or phone is shown masked; the field stays empty to keep it.
 */
export function SeekerBasicCard({
  form,
  existing,
  today,
}: {
  readonly form: FormInstance<SeekerFormValues>;
  readonly existing: SeekerRow | null;
  readonly today: string;
}) {
  const { t } = useTranslation();
  const villages = useVillagesRead();
  const villageOptions = useMemo(() => (villages ?? []).map((v) => ({ value: v.code, label: v.name })), [villages]);
  const [idNote, setIdNote] = useState<string | null>(null);
  const { idRule, phoneRule, requiredDate, pastDate, options } = useSeekerFormRules(today);

  // The ID number fills in the birth date and sex, and says so when it changed what was typed.
  const fillFromId = () => {
    const raw = form.getFieldValue('idNumber') as string | undefined;
    if (!raw?.trim()) return;
    const parsed = parseResidentId(raw, today);
    if (!parsed.ok) return;
    const typed = form.getFieldValue('birthDate') as string;
    form.setFieldsValue({ idNumber: parsed.value.number, birthDate: parsed.value.birthDate, sex: parsed.value.sex });
    setIdNote(typed && typed !== parsed.value.birthDate ? t('seekers.idWarnBirth') : null);
  };

  return (
    <Card title={t('seekers.sectionBasic')} className="form-card">
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="name" label={t('seekers.name')} rules={[zodRule(nameSchema, t)]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="idNumber" label={t('seekers.idNumber')} rules={[idRule]}>
            <Hinted
              hint={
                existing?.idNumber ? (
                  <MaskedValue seekerId={existing.id} field="idNumber" value={existing.idNumber} />
                ) : (
                  t('seekers.idNumberHelp')
                )
              }
            >
              <Input
                maxLength={18}
                onBlur={fillFromId}
                autoComplete="off"
                placeholder={existing?.idNumber ? t('seekers.keepEmpty') : undefined}
              />
            </Hinted>
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="sex" label={t('seekers.sex')}>
            <Radio.Group optionType="button" options={options(['female', 'male'] as const, 'sex')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="birthDate" label={t('seekers.birthDate')} rules={[requiredDate, pastDate]}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="phone" label={t('seekers.phone')} rules={[phoneRule]}>
            <Hinted
              hint={
                existing?.phone ? (
                  <MaskedValue seekerId={existing.id} field="phone" value={existing.phone} />
                ) : undefined
              }
            >
              <Input
                inputMode="tel"
                maxLength={20}
                autoComplete="off"
                placeholder={existing?.phone ? t('seekers.keepEmpty') : undefined}
              />
            </Hinted>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="villageCode" label={t('seekers.village')}>
            <Hinted hint={villages?.length === 0 ? t('seekers.villageNone') : undefined}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={villageOptions} />
            </Hinted>
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="education" label={t('seekers.education')}>
            <Select options={options(EDUCATION, 'education')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="literacy" label={t('seekers.literacy')}>
            <Radio.Group optionType="button" options={options(LITERACY, 'literacy')} />
          </Form.Item>
        </Col>
      </Row>
      {idNote && <Alert type="warning" showIcon title={idNote} />}
    </Card>
  );
}
