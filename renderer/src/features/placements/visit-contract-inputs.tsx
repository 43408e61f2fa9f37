import { Input, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTRACT_KINDS } from '#shared/entities/job';
import type { VisitContractFacts } from '../../db/commands/follow-ups';

const date = (v: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/**
 * The visit's questions about the contract and social insurance (asked of the worker, checked against the papers):
 * kept on the placement when the visit is saved, so every screen reads them from one place.
 */
export function VisitContractInputs({
  value,
  onChange,
}: {
  readonly value: VisitContractFacts;
  readonly onChange: (next: VisitContractFacts) => void;
}) {
  const { t } = useTranslation();
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }} data-testid="visit-contract">
      <Typography.Text strong>{t('rights.visits.askContract')}</Typography.Text>
      <Space wrap>
        <Select
          size="large"
          style={{ width: 220 }}
          aria-label={t('employers.contractKind')}
          value={value.contractKind}
          onChange={(contractKind) => onChange({ ...value, contractKind })}
          options={CONTRACT_KINDS.map((c) => ({ value: c, label: t(`options.contract.${c}`) }))}
        />
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          aria-label={t('rights.placements.contractStatus')}
          value={value.contractStatus}
          onChange={(e) => {
            const contractStatus = e.target.value as VisitContractFacts['contractStatus'];
            onChange({
              ...value,
              contractStatus,
              contractSignedOn: contractStatus === 'signed' ? value.contractSignedOn : null,
            });
          }}
          options={(['signed', 'not-signed', 'unknown'] as const).map((s) => ({
            value: s,
            label: t(`rights.placements.contractStatuses.${s}`),
          }))}
        />
        {value.contractStatus === 'signed' && (
          <Input
            type="date"
            size="large"
            style={{ width: 200 }}
            aria-label={t('rights.placements.contractSignedOn')}
            value={value.contractSignedOn ?? ''}
            onChange={(e) => onChange({ ...value, contractSignedOn: date(e.target.value) })}
          />
        )}
      </Space>
      <Typography.Text strong>{t('rights.visits.askInsurance')}</Typography.Text>
      <Space wrap>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          size="large"
          aria-label={t('rights.placements.socialInsuranceStatus')}
          value={value.socialInsuranceStatus}
          onChange={(e) => {
            const socialInsuranceStatus = e.target.value as VisitContractFacts['socialInsuranceStatus'];
            onChange({
              ...value,
              socialInsuranceStatus,
              socialInsuranceRegisteredOn:
                socialInsuranceStatus === 'registered' ? value.socialInsuranceRegisteredOn : null,
            });
          }}
          options={(['registered', 'not-registered', 'unknown'] as const).map((s) => ({
            value: s,
            label: t(`rights.placements.socialInsuranceStatuses.${s}`),
          }))}
        />
        {value.socialInsuranceStatus === 'registered' && (
          <Input
            type="date"
            size="large"
            style={{ width: 200 }}
            aria-label={t('rights.placements.socialInsuranceRegisteredOn')}
            value={value.socialInsuranceRegisteredOn ?? ''}
            onChange={(e) => onChange({ ...value, socialInsuranceRegisteredOn: date(e.target.value) })}
          />
        )}
      </Space>
    </Space>
  );
}
