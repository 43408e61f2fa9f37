import i18next from 'i18next';
import type { Refusal } from './types';

/** A refusal in the reader's language: the server's Chinese words, or its English ones. */
export function refusalText(refusal: Refusal): string {
  if (refusal.error === 'network') return i18next.t('common.network');
  return i18next.language === 'en' ? refusal.message : refusal.messageZh;
}
