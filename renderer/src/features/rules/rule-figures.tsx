import { Form, Input, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RETIREMENT_GROUPS, type ParameterValue } from '#shared/entities/rule-parameter';
import type { Messages } from '../../i18n/zh-CN';

/** The figures of a parameter row other than minimum wages and tiers: every number it holds, in a form. */
export type FigureKind = Exclude<ParameterValue['kind'], 'minimum-wage' | 'area-tier'>;

/** A figure's name, as the catalogue labels it. */
type FieldKey = keyof Messages['rights']['rules']['fields'];

/** Each kind's numeric fields, in the order a person reads them, with the input's step and bounds. */
const FIELDS: Readonly<
  Record<
    Exclude<FigureKind, 'retirement-age'>,
    readonly { key: FieldKey; min: number; max: number; step?: number; share?: boolean }[]
  >
> = {
  'hour-limits': [
    { key: 'standardDailyHours', min: 1, max: 24 },
    { key: 'standardWeeklyHours', min: 1, max: 168 },
    { key: 'overtimeDailyNormal', min: 0, max: 24 },
    { key: 'overtimeDailyMax', min: 0, max: 24 },
    { key: 'overtimeMonthlyMax', min: 0, max: 744 },
    { key: 'minRestDaysPerWeek', min: 0, max: 7 },
    { key: 'partTimeDailyAverageMax', min: 1, max: 24 },
    { key: 'partTimeWeeklyMax', min: 1, max: 168 },
    { key: 'partTimePayIntervalMaxDays', min: 1, max: 31 },
    { key: 'monthlyPayDays', min: 1, max: 31, step: 0.25 },
  ],
  deadlines: [
    { key: 'contractReminderDay', min: 1, max: 31 },
    { key: 'socialInsuranceRegistrationDays', min: 1, max: 365 },
    { key: 'injuryEmployerApplicationDays', min: 1, max: 365 },
    { key: 'injuryWorkerApplicationDays', min: 1, max: 730 },
    { key: 'payIntervalMaxDays', min: 1, max: 31 },
    { key: 'maxDamageDeductionShare', min: 0, max: 1, step: 0.05, share: true },
    { key: 'probationPayMinShare', min: 0, max: 1, step: 0.05, share: true },
  ],
  'subsidy-thresholds': [
    { key: 'attendanceWarnBelow', min: 0, max: 1, step: 0.05, share: true },
    { key: 'attendanceRemoveBelow', min: 0, max: 1, step: 0.05, share: true },
    { key: 'classHourMinutes', min: 1, max: 120 },
    { key: 'minClassHoursNationalQualification', min: 0, max: 1000 },
    { key: 'minClassHoursSpecialSkill', min: 0, max: 1000 },
    { key: 'minClassHoursEntryLevel', min: 0, max: 1000 },
    { key: 'minClassHoursIntermediate', min: 0, max: 1000 },
    { key: 'minPracticeShare', min: 0, max: 1, step: 0.05, share: true },
  ],
};
const RETIREMENT_FIELDS = ['originalAgeYears', 'targetAgeYears', 'monthsPerStep'] as const;

/** The form fields (under `figures`) for one kind's numbers. Shares are typed as fractions (0.8 = 80%). */
export function RuleFigures({ kind }: { readonly kind: FigureKind }) {
  const { t } = useTranslation();
  const required = { required: true, message: t('errors.required') };
  if (kind === 'retirement-age') {
    return (
      <>
        <Form.Item name={['figures', 'reformStart']} label={t('rights.rules.fields.reformStart')} rules={[required]}>
          <Input type="date" style={{ width: 220 }} />
        </Form.Item>
        {RETIREMENT_GROUPS.map((group, i) => (
          <div key={group}>
            <Typography.Text strong>{t(`rights.rules.groups.${group}`)}</Typography.Text>
            <Form.Item name={['figures', 'groups', i, 'group']} hidden>
              <Input />
            </Form.Item>
            <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
              {RETIREMENT_FIELDS.map((key) => (
                <Form.Item
                  key={key}
                  name={['figures', 'groups', i, key]}
                  label={t(`rights.rules.fields.${key}`)}
                  rules={[required]}
                >
                  <InputNumber
                    min={key === 'monthsPerStep' ? 1 : 40}
                    max={key === 'monthsPerStep' ? 24 : 80}
                    precision={0}
                    style={{ width: 140 }}
                  />
                </Form.Item>
              ))}
            </div>
          </div>
        ))}
      </>
    );
  }
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {FIELDS[kind].map((f) => (
        <Form.Item
          key={f.key}
          name={['figures', f.key]}
          label={t(`rights.rules.fields.${f.key}`)}
          rules={[required]}
          extra={f.share ? t('rights.rules.shareHelp') : undefined}
          style={{ width: 270 }}
        >
          <InputNumber min={f.min} max={f.max} step={f.step ?? 1} style={{ width: 160 }} />
        </Form.Item>
      ))}
    </div>
  );
}

export const isFigureKind = (kind: ParameterValue['kind']): kind is FigureKind =>
  kind !== 'minimum-wage' && kind !== 'area-tier';
