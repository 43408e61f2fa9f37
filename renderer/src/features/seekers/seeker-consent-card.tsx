import { Card, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/forms';
import { Hinted } from '../../ui/hinted';
import { useSeekerFormRules } from './seeker-form-rules';

/** The person's consent: to matching (required), to the county, and on which day it was given. */
export function SeekerConsentCard({ today }: { readonly today: string }) {
  const { t } = useTranslation();
  const { requiredDate, pastDate } = useSeekerFormRules(today);
  return (
    <Card title={t('seekers.sectionConsent')} className="form-card">
      <Form.Item
        name="consentMatching"
        valuePropName="checked"
        rules={[
          {
            validator: async (_r, value?: boolean) => {
              if (!value) throw new Error(errorText(t, 'consent.matching'));
            },
          },
        ]}
      >
        <Checkbox>{t('seekers.consentMatching')}</Checkbox>
      </Form.Item>
      <Form.Item name="consentCounty" valuePropName="checked">
        <Hinted hint={t('seekers.consentCountyHelp')}>
          <Checkbox>{t('seekers.consentCounty')}</Checkbox>
        </Hinted>
      </Form.Item>
      <Form.Item name="consentDate" label={t('seekers.consentDate')} rules={[requiredDate, pastDate]}>
        <Input type="date" style={{ width: 220 }} />
      </Form.Item>
    </Card>
  );
}
