import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { isKeyOf, optionLabel } from './labels';
import { zhCN } from './zh-CN';

describe('isKeyOf', () => {
  it("accepts the list's own keys only", () => {
    expect(isKeyOf(zhCN.actions, 'seeker.create')).toBe(true);
    expect(isKeyOf(zhCN.tables, 'seekers')).toBe(true);
    expect(isKeyOf(zhCN.tables, 'no-such-table')).toBe(false);
    expect(isKeyOf(zhCN.tables, 'toString')).toBe(false);
    expect(isKeyOf(zhCN.options.days, 3)).toBe(false);
  });
});

describe('optionLabel', () => {
  it('gives the label of a value in the current language', async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { en: { translation: en } }, lng: 'en', interpolation: { escapeValue: false } });
    expect(optionLabel(instance.t, 'sex', 'female')).toBe(en.options.sex.female);
    expect(optionLabel(instance.t, 'status', 'placed')).toBe(en.options.status.placed);
  });
});
