import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { errorText } from './error-text';
import { zhCN } from './zh-CN';

/** A translator over the real catalogues; `errors` may be given a few texts of its own. */
async function translator(lng: 'zh-CN' | 'en', errors: Readonly<Record<string, string>> = {}) {
  const messages = lng === 'en' ? en : zhCN;
  const instance = i18next.createInstance();
  await instance.init({
    resources: { [lng]: { translation: { ...messages, errors: { ...messages.errors, ...errors } } } },
    lng,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('errorText', () => {
  it('puts the values into the message', async () => {
    const t = await translator('zh-CN');
    expect(errorText(t, 'training.rateTooLow', { rate: 60, min: 80 })).toBe(
      zhCN.errors['training.rateTooLow'].replace('{{rate}}', '60').replace('{{min}}', '80'),
    );
  });

  it("joins a list with the language's separator", async () => {
    const values = { reasons: ['phone', 'nameAndBirthDate'], existingIds: ['a', 'b', 'c'] };
    const texts = { 'seeker.duplicateWarn': '{{existingIds}}' };
    expect(errorText(await translator('zh-CN', texts), 'seeker.duplicateWarn', values)).toBe('a、b、c');
    expect(errorText(await translator('en', texts), 'seeker.duplicateWarn', values)).toBe('a, b, c');
  });

  it('gives the generic message for a code worded elsewhere (the log-in outcomes)', async () => {
    const t = await translator('en');
    expect(errorText(t, 'login.wrong', { left: 3 })).toBe(en.errors['command.failed']);
    expect(errorText(t, 'record.notFound')).toBe(en.errors['record.notFound']);
  });
});
