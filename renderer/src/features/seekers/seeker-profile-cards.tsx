import { Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GROUPS, MOBILITY, SEEKER_STATUS, TRANSPORT } from '#shared/entities/seeker';
import { AvailabilityEditor } from '../../ui/availability-editor';
import { SkillList } from '../../ui/skill-list';
import { useSeekerFormRules } from './seeker-form-rules';
import { CareDutyList, CertificateList } from './seeker-lists';
import type { SeekerFormValues } from './seeker-values';

/**
 * What matching reads about the person: skills and certificates, free time and care duties, physical limits,
 * the work wanted, priority groups and (for a registered person) status and notes.
 */
export function SeekerProfileCards({ existing, today }: { readonly existing: boolean; readonly today: string }) {
  const { t } = useTranslation();
  const { options } = useSeekerFormRules(today);
  return (
    <>
      <Card title={t('seekers.sectionSkills')} className="form-card">
        <Typography.Text strong>{t('seekers.skills')}</Typography.Text>
        <div style={{ margin: '8px 0 16px' }}>
          <SkillList />
        </div>
        <Typography.Text strong>{t('seekers.certificates')}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <CertificateList />
        </div>
      </Card>

      <Card title={t('seekers.sectionTime')} className="form-card">
        <Form.Item name="availability" label={t('seekers.availability')}>
          <AvailabilityEditor />
        </Form.Item>
        <Typography.Text strong>{t('seekers.careDuties')}</Typography.Text>
        <div style={{ marginTop: 8 }}>
          <CareDutyList />
        </div>
      </Card>

      <Card title={t('seekers.sectionBody')} className="form-card">
        <Space size="large" wrap>
          <Form.Item name={['physical', 'standingHoursMax']} label={t('seekers.standingHoursMax')}>
            <InputNumber min={0} max={12} suffix={t('seekers.hours')} />
          </Form.Item>
          <Form.Item name={['physical', 'liftKgMax']} label={t('seekers.liftKgMax')}>
            <InputNumber min={0} max={100} suffix={t('seekers.kg')} />
          </Form.Item>
          <Form.Item name={['physical', 'eyesight']} label={t('seekers.eyesight')}>
            <Radio.Group optionType="button" options={options(['good', 'limited'] as const, 'eyesight')} />
          </Form.Item>
          <Form.Item name={['physical', 'hands']} label={t('seekers.hands')}>
            <Radio.Group optionType="button" options={options(['full', 'limited'] as const, 'hands')} />
          </Form.Item>
          <Form.Item name={['physical', 'mobility']} label={t('seekers.mobility')}>
            <Radio.Group optionType="button" options={options(MOBILITY, 'mobility')} />
          </Form.Item>
        </Space>
        <MaternityFields />
      </Card>

      <Card title={t('seekers.sectionWork')} className="form-card">
        <Space size="large" wrap>
          <Form.Item name={['commute', 'maxMinutes']} label={t('seekers.commuteMax')}>
            <InputNumber min={0} max={240} suffix={t('seekers.minutes')} />
          </Form.Item>
          <Form.Item name={['commute', 'mode']} label={t('seekers.commuteMode')}>
            <Select style={{ width: 160 }} options={options(TRANSPORT, 'transport')} />
          </Form.Item>
          <Form.Item name="payAmount" label={t('seekers.payFloor')}>
            <InputNumber min={1} max={100000} suffix={t('seekers.yuan')} />
          </Form.Item>
          <Form.Item name="payPer" label={t('seekers.payPer')}>
            <Select style={{ width: 120 }} options={options(['month', 'day', 'hour'] as const, 'payPer')} />
          </Form.Item>
        </Space>
        <Form.Item name="homeBasedWanted" valuePropName="checked">
          <Checkbox>{t('seekers.homeBased')}</Checkbox>
        </Form.Item>
      </Card>

      <Card title={t('seekers.sectionGroups')} className="form-card">
        <Form.Item name="groups" label={t('seekers.groups')}>
          <Checkbox.Group options={options(GROUPS, 'groups')} />
        </Form.Item>
        {existing && (
          <Form.Item name="status" label={t('seekers.status')}>
            <Select
              style={{ width: 200 }}
              options={options(
                SEEKER_STATUS.filter((s) => s !== 'withdrawn'),
                'status',
              )}
            />
          </Form.Item>
        )}
        <Form.Item name="notes" label={t('seekers.notes')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Card>
    </>
  );
}

/**
 * Pregnancy and breastfeeding, asked of women only, and the due date once "pregnant" is ticked. Only this part is
 * drawn again when the sex or that tick changes; it reads both from the form as it draws, so the page's first
 * drawing already has them and the rest of the form is drawn once.
 */
function MaternityFields() {
  const { t } = useTranslation();
  return (
    <Form.Item<SeekerFormValues>
      noStyle
      shouldUpdate={(before, after) => before.sex !== after.sex || before.pregnant !== after.pregnant}
    >
      {({ getFieldValue }) =>
        getFieldValue('sex') === 'female' && (
          <Space size="large" wrap align="start">
            <Form.Item name="pregnant" valuePropName="checked">
              <Checkbox>{t('seekers.pregnant')}</Checkbox>
            </Form.Item>
            {getFieldValue('pregnant') === true && (
              <Form.Item name="pregnancyDueDate" label={t('rights.maternity.dueDate')}>
                <Input type="date" style={{ width: 200 }} />
              </Form.Item>
            )}
            <Form.Item name="breastfeedingChildBirthDate" label={t('rights.maternity.childBirthDate')}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
          </Space>
        )
      }
    </Form.Item>
  );
}
