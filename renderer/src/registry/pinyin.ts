import type { Pinyin } from '#shared/registry/search-keys';

let loading: Promise<Pinyin> | null = null;

/** pinyin-pro is large: loaded on first use, once. Surnames use their surname reading (曾 zeng, 单 shan). */
export function loadPinyin(): Promise<Pinyin> {
  loading ??= import('pinyin-pro').then(({ pinyin }) => ({
    full: (text: string) =>
      pinyin(text, { toneType: 'none', type: 'string', nonZh: 'consecutive', surname: 'head', v: true }),
  }));
  return loading;
}
