import { PlusOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_PARAMETER_ROWS } from '#shared/rights/parameters/defaults';
import type { ParameterKind, ParameterRow, RuleParameter } from '#shared/entities/rule-parameter';
import { removeRuleParameter } from '../../db/commands/rule-parameters';
import { appEnv } from '../../db/commands/env';
import { PROVINCE_NAMES } from '#shared/identifiers/area-code';
import { minimumWageFor } from '#shared/rights/parameters/lookup';
import { useStation, useVillages } from '../../db/queries';
import { useRuleParameterRecords, useRuleParams } from '../../db/rights-queries';
import { stationDay } from '../../state/station-day';
import { useSession } from '../../state/session-store';
import { errorText } from '../../ui/forms';
import { RuleFormModal, type RuleFormTarget } from './rule-form-modal';

const KINDS: readonly ParameterKind[] = [
  'minimum-wage',
  'area-tier',
  'hour-limits',
  'deadlines',
  'retirement-age',
  'subsidy-thresholds',
];

interface Row {
  readonly key: string;
  readonly row: ParameterRow;
  /** the county's record; null for a shipped default */
  readonly record: RuleParameter | null;
}

/** 劳动规则参数: the shipped rows and the county's, by kind, area and start date; the county admin adds and corrects rows. */
export function RulesPage() {
  const { t, i18n } = useTranslation();
  const params = useRuleParams();
  const { message, modal } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const station = useStation();
  const records = useRuleParameterRecords();
  const [kind, setKind] = useState<ParameterKind | 'all'>('minimum-wage');
  const [target, setTarget] = useState<RuleFormTarget | null>(null);
  const stationId = station && station !== 'loading' ? station.id : null;

  const rows: Row[] = [
    ...(records ?? []).map((r) => ({ key: r.id, row: r, record: r })),
    ...DEFAULT_PARAMETER_ROWS.map((r, i) => ({ key: `default-${i}`, row: r, record: null })),
  ]
    .filter((r) => kind === 'all' || r.row.value.kind === kind)
    .sort(
      (a, b) =>
        KINDS.indexOf(a.row.value.kind) - KINDS.indexOf(b.row.value.kind) ||
        a.row.areaPrefix.localeCompare(b.row.areaPrefix) ||
        (a.row.effectiveFrom < b.row.effectiveFrom ? 1 : a.row.effectiveFrom > b.row.effectiveFrom ? -1 : 0),
    );

  // An area prefix in words: the whole country, a province by name, a place from the gazetteer, else its code.
  const villages = useVillages();
  const areaName = (prefix: string): string => {
    if (!prefix) return t('rights.rules.nationwide');
    const province = PROVINCE_NAMES[prefix];
    if (province) return i18n.language === 'en' ? province.en : province.zh;
    const place = villages.find((v) => v.code === prefix);
    return place ? `${place.name}（${prefix}）` : prefix;
  };
  // The station's own area with no minimum wage in force: every pay check there is "unknown" until it is entered.
  const ownArea = station && station !== 'loading' ? station.areaCode : null;
  const noMinimumHere = Boolean(ownArea && params && !minimumWageFor(params, ownArea, stationDay()));

  const valueText = (row: ParameterRow): string => {
    const v = row.value;
    switch (v.kind) {
      case 'minimum-wage':
        return `${v.tier === null ? '' : `${t('rights.rules.tierValue', { tier: v.tier })}：`}${t('rights.rules.monthlyValue', { amount: v.monthly })}；${t('rights.rules.hourlyValue', { amount: v.hourly })}`;
      case 'area-tier':
        return t('rights.rules.areaTierValue', { tier: v.tier });
      case 'hour-limits':
        return t('rights.rules.hourLimitsValue', {
          daily: v.standardDailyHours,
          weekly: v.standardWeeklyHours,
          overtime: v.overtimeMonthlyMax,
        });
      case 'deadlines':
        return t('rights.rules.deadlinesValue', { day: v.contractReminderDay });
      default:
        return t('rights.rules.otherValue');
    }
  };

  const remove = (record: RuleParameter) => {
    let reason = '';
    modal.confirm({
      title: t('rights.rules.removeTitle'),
      content: (
        <Input
          aria-label={t('rights.rules.removeReason')}
          placeholder={t('rights.rules.removeReason')}
          onChange={(e) => (reason = e.target.value)}
        />
      ),
      okText: t('rights.rules.remove'),
      okButtonProps: { danger: true },
      onOk: async () => {
        if (!user) return;
        const r = await removeRuleParameter(appEnv(), user, record.id, reason);
        if (r.ok) void message.success(t('rights.rules.removed'));
        else {
          void message.error(errorText(t, r.error.fields?.['reason'] ?? r.error.code));
          throw new Error(r.error.code);
        }
      },
    });
  };

  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={2}>{t('rights.rules.title')}</Typography.Title>
        <Space wrap>
          <Button size="large" icon={<PlusOutlined />} onClick={() => setTarget({ mode: 'new', kind: 'area-tier' })}>
            {t('rights.rules.addAreaTier')}
          </Button>
          <Button
            type="primary"
            size="large"
            icon={<PlusOutlined />}
            onClick={() => setTarget({ mode: 'new', kind: 'minimum-wage' })}
          >
            {t('rights.rules.addMinimumWage')}
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph>{t('rights.rules.intro')}</Typography.Paragraph>
      {noMinimumHere && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('rights.rules.noMinimumHere', { area: ownArea })}
          action={
            <Button type="primary" onClick={() => setTarget({ mode: 'new', kind: 'minimum-wage' })}>
              {t('rights.rules.addMinimumWage')}
            </Button>
          }
        />
      )}
      <Segmented
        size="large"
        value={kind}
        onChange={(v) => setKind(v as ParameterKind | 'all')}
        options={[
          ...KINDS.map((k) => ({ value: k, label: t(`rights.rules.kinds.${k}`) })),
          { value: 'all', label: t('rights.rules.all') },
        ]}
        style={{ marginBottom: 16, flexWrap: 'wrap' }}
      />
      <Table<Row>
        rowKey="key"
        dataSource={rows}
        loading={records === undefined}
        pagination={false}
        locale={{ emptyText: t('rights.rules.empty') }}
        columns={[
          {
            title: t('rights.rules.kind'),
            key: 'kind',
            width: 120,
            render: (_v, r) => t(`rights.rules.kinds.${r.row.value.kind}`),
          },
          { title: t('rights.rules.area'), key: 'area', width: 130, render: (_v, r) => areaName(r.row.areaPrefix) },
          { title: t('rights.rules.value'), key: 'value', render: (_v, r) => valueText(r.row) },
          { title: t('rights.rules.effectiveFrom'), key: 'from', width: 120, render: (_v, r) => r.row.effectiveFrom },
          {
            title: t('rights.rules.source'),
            key: 'source',
            render: (_v, r) => (
              <div>
                <div>{r.row.source}</div>
                {r.row.note && <Typography.Text type="secondary">{r.row.note}</Typography.Text>}
              </div>
            ),
          },
          {
            title: t('rights.rules.origin'),
            key: 'origin',
            width: 120,
            render: (_v, r) => (
              <Space direction="vertical" size={2}>
                <Tag color={r.record ? 'blue' : 'default'}>
                  {r.record ? t('rights.rules.county') : t('rights.rules.shipped')}
                </Tag>
                {!r.row.verified && <Tag color="orange">{t('rights.rules.notVerified')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_v, r) => {
              const own = r.record !== null && r.record.stationId === stationId ? r.record : null;
              return (
                <Space direction="vertical" size={4}>
                  {own && (
                    <Button onClick={() => setTarget({ mode: 'edit', record: own })}>{t('rights.rules.edit')}</Button>
                  )}
                  {/* every kind can be corrected: a shipped row is copied and changed */}
                  {!own && (
                    <Button onClick={() => setTarget({ mode: 'copy', row: r.row })}>{t('rights.rules.copy')}</Button>
                  )}
                  {own && (
                    <Button danger onClick={() => remove(own)}>
                      {t('rights.rules.remove')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {target && <RuleFormModal target={target} onClose={() => setTarget(null)} />}
    </div>
  );
}
