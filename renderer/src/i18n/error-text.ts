import type { TFunction } from 'i18next';
import { LOGIN_OUTCOMES } from '#shared/errors/accounts';
import type { ErrorCode, TranslatedErrorCode } from '#shared/errors/codes';
import type { MessageValue, MessageValues } from '#shared/errors/table';

const isTranslated = (code: ErrorCode): code is TranslatedErrorCode => !Object.hasOwn(LOGIN_OUTCOMES, code);

/** A message value as text: a list is joined with the language's list separator (、 or ", "). */
function shown(value: MessageValue, separator: string): string | number {
  return typeof value === 'object' ? value.join(separator) : value;
}

/**
 * The translated text of an error code (`errors.<code>`) with its values. A code with a text of its own
 * elsewhere (the log-in outcomes) gets the generic one, as a code without a message always has.
 */
export function errorText(t: TFunction, code: ErrorCode, values?: MessageValues): string {
  const fallback = t('errors.command.failed');
  if (!isTranslated(code)) return fallback;
  const separator = t('common.listSeparator');
  const shownValues = Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, shown(v, separator)]));
  return t(`errors.${code}`, { ...shownValues, defaultValue: fallback });
}
