/** The Vite dev server's address, honoured only in development and only on loopback. */
export function devRendererUrl(packaged: boolean, value: string | undefined): string | undefined {
  if (packaged || !value) return undefined;
  try {
    const url = new URL(value);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
    return url.protocol === 'http:' && loopback ? value : undefined;
  } catch {
    return undefined;
  }
}
