import { describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from './browser-platform';

describe('browser platform', () => {
  it('counts idle time from the last key or pointer activity', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const p = createBrowserPlatform();
      vi.setSystemTime(1_000_000 + 90_000);
      expect(await p.idleSeconds({})).toEqual({ ok: true, value: 90 });
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      vi.setSystemTime(1_000_000 + 95_000);
      expect(await p.idleSeconds({})).toEqual({ ok: true, value: 5 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens only named sites and refuses bad input like main does', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const p = createBrowserPlatform();
    const bad = { url: 'https://evil.example/' } as unknown as Parameters<typeof p.openExternal>[0];
    expect((await p.openExternal(bad)).ok).toBe(false);
    expect((await p.openExternal({ site: 'hotline12333' })).ok).toBe(true);
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.12333.gov.cn/', '_blank', 'noopener,noreferrer');
    expect((await p.saveFile({ suggestedName: '../x', content: '', encoding: 'utf8' })).ok).toBe(false);
  });

  it('prints through the browser dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const p = createBrowserPlatform();
    expect(await p.printToPdf({ suggestedName: '介绍信.pdf', landscape: false })).toEqual({
      ok: true,
      value: { via: 'dialog', saved: false },
    });
    expect(print).toHaveBeenCalledOnce();
    expect((await p.printToPdf({ suggestedName: 'x.exe', landscape: false })).ok).toBe(false);
    expect(print).toHaveBeenCalledOnce();
  });

  it('keeps secrets in this origin only', async () => {
    const p = createBrowserPlatform();
    expect(await p.secretGet({ key: 'sync-token' })).toEqual({ ok: true, value: null });
    expect((await p.secretSet({ key: 'sync-token', value: 'abc' })).ok).toBe(true);
    expect(await p.secretGet({ key: 'sync-token' })).toEqual({ ok: true, value: 'abc' });
    expect((await p.secretGet({ key: 'BAD KEY' })).ok).toBe(false);
  });
});
