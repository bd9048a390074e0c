import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy the game is served with: only what it uses. Its code and files
 * come from its own origin (the realtime room's WebSocket too); pictures, sounds and fonts also
 * as data: and blob: URLs (pack files are shown from object URLs, textures from data URLs);
 * styles are set by the code (inline); an inline script of the page (the font warm-up in
 * index.html) is allowed by its hash, none other. Nothing may embed the game, and it embeds
 * nothing. The same policy goes with `npm start`, `vite preview` and, in the page, the
 * single-file build (scripts/lib/security-headers.ts).
 */
export function contentSecurityPolicy(html: string): string {
  const hashes = [
    ...html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self' data: blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header a response carries; `policy` is the page's (from `contentSecurityPolicy`). */
export function securityHeaders(policy: string): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
