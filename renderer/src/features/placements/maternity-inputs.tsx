import { Checkbox, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { childUnderOne, pregnancyMonthOn, protectedFrom } from '#shared/rights/maternity';
import type { MaternityInput } from '../../db/commands/maternity';

const date = (v: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null);

/**
 * Pregnancy and breastfeeding as the women-workers check needs them: pregnant with the expected due date, and the
 * birth date of a child she breastfeeds. Shows what follows on `on` (month of pregnancy, the protected period).
 */
export function MaternityInputs({
  value,
  onChange,
  on,
}: {
  readonly value: MaternityInput;
  readonly onChange: (next: MaternityInput) => void;
  readonly on: string;
}) {
  const { t } = useTranslation();
  const month = value.pregnancyDueDate ? pregnancyMonthOn(value.pregnancyDueDate, on) : null;
  const under = value.breastfeedingChildBirthDate ? childUnderOne(value.breastfeedingChildBirthDate, on) : null;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="maternity-inputs">
      <Checkbox checked={value.pregnant} onChange={(e) => onChange({ ...value, pregnant: e.target.checked })}>
        {t('rights.maternity.pregnant')}
      </Checkbox>
      {value.pregnant && (
        <Space wrap>
          <label>
            {t('rights.maternity.dueDate')}
            <Input
              type="date"
              size="large"
              style={{ width: 200, marginLeft: 8 }}
              aria-label={t('rights.maternity.dueDate')}
              value={value.pregnancyDueDate ?? ''}
              onChange={(e) => onChange({ ...value, pregnancyDueDate: date(e.target.value) })}
            />
          </label>
          {value.pregnancyDueDate && (
            <Typography.Text type={month !== null && month >= 7 ? 'danger' : 'secondary'}>
              {month === null
                ? t('rights.maternity.monthUnknown')
                : t('rights.maternity.month', {
                    month,
                    date: on,
                    from: protectedFrom(value.pregnancyDueDate),
                  })}
            </Typography.Text>
          )}
        </Space>
      )}
      <Space wrap>
        <label>
          {t('rights.maternity.childBirthDate')}
          <Input
            type="date"
            size="large"
            style={{ width: 200, marginLeft: 8 }}
            aria-label={t('rights.maternity.childBirthDate')}
            value={value.breastfeedingChildBirthDate ?? ''}
            onChange={(e) => onChange({ ...value, breastfeedingChildBirthDate: date(e.target.value) })}
          />
        </label>
        {under !== null && (
          <Typography.Text type={under ? 'danger' : 'secondary'}>
            {t(under ? 'rights.maternity.underOne' : 'rights.maternity.overOne')}
          </Typography.Text>
        )}
      </Space>
      <Typography.Text type="secondary">{t('rights.maternity.hint')}</Typography.Text>
    </Space>
  );
}
