import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { ZodType } from 'zod';
import { asErrorCode } from '#shared/errors/codes';
import type { AppError } from '#shared/result';
import { errorText } from '../i18n/error-text';

export { errorText };

/** An antd form rule that checks a value with a shared zod schema and shows the message in the current language. */
export function zodRule(schema: ZodType, t: TFunction): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(errorText(t, asErrorCode(result.error.issues[0]?.message ?? 'validation')));
    },
  };
}

/** Shows a command's per-field errors under the fields; returns whether there were any. */
export function applyFieldErrors(
  form: FormInstance,
  error: AppError,
  t: TFunction,
  fieldMap: Readonly<Record<string, string | readonly (string | number)[]>> = {},
): boolean {
  const entries = Object.entries(error.fields ?? {});
  if (entries.length === 0) return false;
  const names = entries.map(([field]) => (fieldMap[field] ?? field) as string | (string | number)[]);
  form.setFields(entries.map(([, code], i) => ({ name: names[i] ?? '', errors: [errorText(t, code)] })));
  if (names[0] !== undefined) form.scrollToField(names[0], { block: 'center' });
  return true;
}
