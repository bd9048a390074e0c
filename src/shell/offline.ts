/// <reference types="vite-plugin-pwa/client" />
import { registerSW } from 'virtual:pwa-register';
import { showUpdateBanner } from './update-banner';

/**
 * Registers the service worker that keeps the whole game on the device. A new version waits
 * (the worker is built with `registerType: 'prompt'`): the banner announces it and it is applied,
 * by a reload, only when the facilitator presses "update now"; "later" leaves the running game
 * alone, and the new version starts by itself the next time the game is opened.
 */
export function startOfflineSupport(): void {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      showUpdateBanner({
        onUpdate: () => void updateSW(true),
        onLater: () => undefined,
      });
    },
  });
}
