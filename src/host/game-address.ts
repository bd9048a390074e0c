import { t } from '../shared/i18n';

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]', '']);

/**
 * The address phones in the room should open: this page with the same pack. On the laptop the
 * page is often opened as localhost, which phones cannot reach, so `npm start` leaves the
 * network address beside the game (lan.json) and it is used instead.
 */
export async function gameAddress(packUrl: string | null): Promise<{ url: string; note: string }> {
  let base = new URL('./', window.location.href);
  let note = '';
  if (LOCAL.has(base.hostname) || base.protocol === 'file:') {
    try {
      const res = await fetch(new URL('lan.json', base));
      const lan = (await res.json()) as { urls?: unknown };
      const first = Array.isArray(lan.urls)
        ? lan.urls.find((u) => typeof u === 'string')
        : undefined;
      if (typeof first === 'string') base = new URL(first);
      else note = t('host.qr.localOnly');
    } catch {
      note = t('host.qr.localOnly');
    }
  }
  const url = new URL(base);
  if (packUrl) url.searchParams.set('pack', new URL(packUrl, window.location.href).pathname);
  url.searchParams.set('mode', 'solo');
  return { url: url.toString(), note };
}
