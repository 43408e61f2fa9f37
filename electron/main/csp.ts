/**
 * The Content-Security-Policy of the app. The same text is in renderer/index.html (a test keeps the two equal);
 * main also sends it as a response header for everything it serves.
 * Styles allow 'unsafe-inline' because Ant Design injects its CSS-in-JS style elements; scripts never do.
 * connect-src allows http(s) because the county server's address is set by each station.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
