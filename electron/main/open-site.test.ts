import { describe, expect, it, vi } from 'vitest';
import { EXTERNAL_SITE_IDS, EXTERNAL_SITES } from '#shared/ipc/external-sites';

const openExternal = vi.hoisted(() => vi.fn(async () => undefined));
vi.mock('electron', () => ({ shell: { openExternal } }));
const { openSite } = await import('./open-site');

describe('openSite', () => {
  it.each(EXTERNAL_SITE_IDS)('opens exactly the listed address of %s', async (site) => {
    openExternal.mockClear();
    await openSite(site);
    expect(openExternal).toHaveBeenCalledExactlyOnceWith(EXTERNAL_SITES[site]);
  });
});
