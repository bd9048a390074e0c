/**
 * The security headers every response of `npm start` carries, in one place so the game page's
 * own policy (and anyone changing it) has one list to read. Nothing leaves the hall's network:
 * every source is this server ('self'); pictures also come from data: and blob: URLs (a pack
 * opened from a file), and the realtime room's WebSocket is this server too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The game page starts with a few inline lines (the splash, the fonts): see index.html.
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The phone's join page has no inline script at all. */
export const JOIN_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self' 'unsafe-inline'",
  "script-src 'self'",
);

export function securityHeaders(pathname: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': pathname.startsWith('/join')
      ? JOIN_CONTENT_SECURITY_POLICY
      : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
