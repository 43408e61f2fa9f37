import { shell } from 'electron';
import type { ExternalSite } from '#shared/ipc/external-sites';

/**
 * Opens one of the named sites in the system browser. Each address is written out as a literal (the same as
 * shared/ipc/external-sites.ts; a test keeps them equal) so no address that came from the page ever reaches
 * shell.openExternal.
 */
export async function openSite(site: ExternalSite): Promise<void> {
  switch (site) {
    case 'hotline12333':
      return shell.openExternal('https://www.12333.gov.cn/');
    case 'mohrss':
      return shell.openExternal('https://www.mohrss.gov.cn/');
    case 'govcn':
      return shell.openExternal('https://www.gov.cn/');
  }
}
