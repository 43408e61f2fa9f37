import { App as AntApp, Checkbox, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { areaPrefixSchema, type ParameterRow, type RuleParameter } from '#shared/entities/rule-parameter';
import { saveRuleParameter } from '../../db/commands/rule-parameters';
import { appEnv } from '../../db/commands/env';
import { useSession } from '../../state/session-store';
import { applyFieldErrors, errorText, zodRule } from '../../ui/forms';
import { isFigureKind, RuleFigures } from './rule-figures';

export type RuleFormTarget =
  | { readonly mode: 'new'; readonly kind: 'minimum-wage' | 'area-tier' }
  | { readonly mode: 'edit'; readonly record: RuleParameter }
  | { readonly mode: 'copy'; readonly row: ParameterRow };

interface Values {
  areaPrefix?: string;
  effectiveFrom?: string;
  source?: string;
  verified: boolean;
  note?: string;
  tier?: number | null;
  monthly?: number;
  hourly?: number;
  /** the numbers of the other kinds (hour limits, deadlines, retirement ages, subsidy thresholds) */
  figures?: Record<string, unknown>;
}

/**
 * Adds or corrects a row of the rule parameters: a minimum wage, an area's tier, or (copied from the row in force
 * and changed) hour limits, deadlines, retirement ages or training-subsidy thresholds.
 */
export function RuleFormModal({ target, onClose }: { readonly target: RuleFormTarget; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const user = useSession((s) => s.user);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const base: ParameterRow | null = target.mode === 'edit' ? target.record : target.mode === 'copy' ? target.row : null;
  const kind = base ? base.value.kind : target.mode === 'new' ? target.kind : 'minimum-wage';
  const [id] = useState(() => (target.mode === 'edit' ? target.record.id : uuidv7()));
  const initial: Values = base
    ? {
        areaPrefix: base.areaPrefix,
        effectiveFrom: base.effectiveFrom,
        source: target.mode === 'copy' ? '' : base.source,
        verified: target.mode === 'copy' ? false : base.verified,
        note: target.mode === 'copy' ? '' : base.note,
        tier: base.value.kind === 'minimum-wage' || base.value.kind === 'area-tier' ? base.value.tier : null,
        monthly: base.value.kind === 'minimum-wage' ? base.value.monthly : undefined,
        hourly: base.value.kind === 'minimum-wage' ? base.value.hourly : undefined,
        figures: isFigureKind(base.value.kind) ? (({ kind: _kind, ...rest }) => rest)(base.value) : undefined,
      }
    : { verified: false, tier: null };

  const submit = async (v: Values) => {
    if (!user) return;
    setSaving(true);
    try {
      const value = isFigureKind(kind)
        ? ({ kind, ...v.figures } as ParameterRow['value'])
        : kind === 'area-tier'
          ? { kind: 'area-tier' as const, tier: v.tier ?? 0 }
          : { kind: 'minimum-wage' as const, tier: v.tier ?? null, monthly: v.monthly ?? 0, hourly: v.hourly ?? 0 };
      const r = await saveRuleParameter(appEnv(), user, {
        id,
        areaPrefix: (v.areaPrefix ?? '').trim(),
        effectiveFrom: v.effectiveFrom ?? '',
        source: v.source ?? '',
        verified: v.verified,
        note: v.note ?? '',
        value,
      });
      if (r.ok) {
        void message.success(t('rights.rules.saved'));
        onClose();
      } else {
        applyFieldErrors(form, r.error, t, { value: kind === 'area-tier' ? 'tier' : 'monthly' });
        void message.error(errorText(t, r.error.code));
      }
    } finally {
      setSaving(false);
    }
  };

  const required = { required: true, message: t('errors.required') };
  return (
    <Modal
      open
      title={`${target.mode === 'edit' ? t('rights.rules.formTitleEdit') : t('rights.rules.formTitleNew')}：${t(`rights.rules.kinds.${kind}`)}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={saving}
      width={isFigureKind(kind) ? 900 : 620}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" size="large" initialValues={initial} onFinish={submit}>
        <Form.Item
          name="areaPrefix"
          label={t('rights.rules.areaPrefix')}
          extra={t('rights.rules.areaPrefixHelp')}
          rules={[zodRule(areaPrefixSchema, t)]}
        >
          <Input inputMode="numeric" maxLength={12} style={{ width: 220 }} />
        </Form.Item>
        {kind === 'minimum-wage' ? (
          <>
            <Form.Item name="tier" label={t('rights.rules.tier')} extra={t('rights.rules.tierHelp')}>
              <InputNumber min={1} max={6} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name="monthly" label={t('rights.rules.monthly')} rules={[required]}>
              <InputNumber min={1} max={100000} suffix={t('options.payUnit.monthly')} style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="hourly" label={t('rights.rules.hourly')} rules={[required]}>
              <InputNumber
                min={0.01}
                max={1000}
                step={0.1}
                suffix={t('options.payUnit.hourly')}
                style={{ width: 220 }}
              />
            </Form.Item>
          </>
        ) : isFigureKind(kind) ? (
          <RuleFigures kind={kind} />
        ) : (
          <Form.Item
            name="tier"
            label={t('rights.rules.tier')}
            extra={t('rights.rules.areaTierHelp')}
            rules={[required]}
          >
            <InputNumber min={1} max={6} precision={0} style={{ width: 120 }} />
          </Form.Item>
        )}
        <Form.Item name="effectiveFrom" label={t('rights.rules.effectiveFrom')} rules={[required]}>
          <Input type="date" style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="source" label={t('rights.rules.source')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="verified" valuePropName="checked">
          <Checkbox>{t('rights.rules.verifiedLabel')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('rights.rules.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
