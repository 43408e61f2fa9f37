import { getPlatform } from '../platform/platform';
import type { Result } from '#shared/result';

/**
 * Prints what the screen shows, with the print styles (styles.css, `@media print`): the menu, header and
 * anything marked `no-print` are left out and a `PrintSheet` fills an A4 page. The desktop app saves a PDF
 * (the person picks where); the browser edition opens its print dialog, which offers "save as PDF" too.
 */
export async function printCurrentPage(
  suggestedName: string,
  landscape = false,
): Promise<Result<{ readonly via: 'pdf' | 'dialog'; readonly saved: boolean }>> {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name may not hold
  const name = suggestedName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 110);
  return getPlatform().printToPdf({
    suggestedName: name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`,
    landscape,
  });
}
