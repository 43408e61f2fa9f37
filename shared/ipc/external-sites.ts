/**
 * The only sites the app may open in the system browser: a closed list of named pages, not URL patterns.
 * The renderer asks for a site by name; main opens the fixed address. (12333 is the national labour and
 * social security hotline; the rights checklist refers workers to it.)
 */
export const EXTERNAL_SITES = {
  hotline12333: 'https://www.12333.gov.cn/',
  mohrss: 'https://www.mohrss.gov.cn/',
  govcn: 'https://www.gov.cn/',
} as const;

export type ExternalSite = keyof typeof EXTERNAL_SITES;
export const EXTERNAL_SITE_IDS = Object.keys(EXTERNAL_SITES) as [ExternalSite, ...ExternalSite[]];

/** The named site whose address is exactly `url`, if any (used when a page calls window.open). */
export function siteForUrl(url: string): ExternalSite | null {
  return EXTERNAL_SITE_IDS.find((id) => EXTERNAL_SITES[id] === url) ?? null;
}
