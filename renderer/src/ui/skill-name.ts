import { skillByCode } from '#shared/catalogue/skills';

/** A catalogue skill's name in the interface language (the code itself when the catalogue does not know it). */
export function skillName(code: string, language: string): string {
  const s = skillByCode(code);
  return s ? (language === 'en' ? s.en : s.zh) : code;
}
