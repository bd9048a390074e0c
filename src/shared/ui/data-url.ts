/**
 * Phaser's loader decodes every `data:` URL as base64, but the single-file build inlines SVG as
 * URL-encoded text (`data:image/svg+xml,%3csvg…`). This rewrites such a URL as base64, and
 * leaves every other URL as it is.
 */
export function base64DataUrl(url: string): string {
  if (!url.startsWith('data:')) return url;
  const comma = url.indexOf(',');
  const header = url.slice(0, comma);
  if (comma < 0 || header.endsWith(';base64')) return url;
  const bytes = new TextEncoder().encode(decodeURIComponent(url.slice(comma + 1)));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `${header};base64,${btoa(binary)}`;
}
