import { describe, expect, it } from 'vitest';
import { ipcContract, isAllowedExternalUrl } from './contract';

describe('IPC contract', () => {
  it('allows only listed sites for openExternal', () => {
    expect(isAllowedExternalUrl('https://www.12333.gov.cn/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.12333.gov.cn/page?a=1')).toBe(true);
    for (const bad of [
      'https://www.12333.gov.cn.evil.example/',
      'https://www.12333.gov.cn@evil.example/',
      'http://www.12333.gov.cn/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://www.12333.gov.cn/\\..',
      ' https://www.12333.gov.cn/',
    ]) {
      expect(isAllowedExternalUrl(bad), bad).toBe(false);
    }
  });

  it('refuses file names that reach outside the chosen folder', () => {
    const { input } = ipcContract.saveFile;
    const good = { suggestedName: '名册.xlsx', content: '', encoding: 'utf8' };
    expect(input.safeParse(good).success).toBe(true);
    for (const name of ['../x.txt', 'a/b.txt', 'C:\\x.txt', '..', '', 'a\u0000b']) {
      expect(input.safeParse({ ...good, suggestedName: name }).success, name).toBe(false);
    }
  });

  it('refuses unknown keys', () => {
    expect(ipcContract.appInfo.input.safeParse({ extra: 1 }).success).toBe(false);
    expect(ipcContract.secretSet.input.safeParse({ key: 'token', value: 'v', more: 1 }).success).toBe(false);
  });
});
