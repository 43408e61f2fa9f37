import { useTranslation } from 'react-i18next';
import { parsePhone } from '#shared/identifiers/phone';
import { parseResidentId } from '#shared/identifiers/resident-id';
import { errorText } from '../../ui/forms';
import { optionLabel, type OptionList, type OptionValue } from '../../i18n/labels';

/**
 * The seeker form's own field checks (not the browser's: its bubble speaks the browser's language, not the
 * person's) and its option lists in the interface language.
 */
export function useSeekerFormRules(today: string) {
  const { t } = useTranslation();
  const idRule = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = parseResidentId(value, today);
      if (!r.ok) throw new Error(errorText(t, r.error.code));
    },
  };
  const phoneRule = {
    validator: async (_r: unknown, value?: string) => {
      if (!value?.trim()) return;
      const r = parsePhone(value);
      if (!r.ok) throw new Error(errorText(t, r.error.code));
    },
  };
  const requiredDate = { required: true, message: t('errors.required') };
  const pastDate = {
    validator: async (_r: unknown, value?: string) => {
      if (value && value > today) throw new Error(errorText(t, 'date.future'));
    },
  };
  const options = <L extends OptionList, V extends OptionValue<L>>(values: readonly V[], list: L) =>
    values.map((v) => ({ value: v, label: optionLabel(t, list, v) }));
  return { idRule, phoneRule, requiredDate, pastDate, options };
}
