import { describe, expect, it } from 'vitest';
import { ipcContract } from './contract';
import { EXTERNAL_SITES, siteForUrl } from './external-sites';

describe('IPC contract', () => {
  it('opens only named sites; a look-alike address is not one of them', () => {
    expect(ipcContract.openExternal.input.safeParse({ site: 'hotline12333' }).success).toBe(true);
    expect(ipcContract.openExternal.input.safeParse({ site: 'https://www.12333.gov.cn/' }).success).toBe(false);
    expect(siteForUrl(EXTERNAL_SITES.hotline12333)).toBe('hotline12333');
    for (const bad of [
      'https://www.12333.gov.cn.evil.example/',
      'https://www.12333.gov.cn@evil.example/',
      'http://www.12333.gov.cn/',
      'https://www.12333.gov.cn/page',
      'javascript:alert(1)',
      'file:///etc/passwd',
    ]) {
      expect(siteForUrl(bad), bad).toBeNull();
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
