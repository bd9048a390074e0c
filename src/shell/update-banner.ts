import { t } from '../shared/i18n';
import { shieldFromGame } from '../shared/ui/dom-dialog';

export interface UpdateBannerActions {
  readonly onUpdate: () => void;
  readonly onLater: () => void;
}

/**
 * A small strip at the bottom of the screen saying a new version is ready, with "update now"
 * and "later" buttons. It never takes the focus (a facilitator mid-meeting keeps their place
 * and their clicker keys); Tab reaches its buttons, and Escape on them closes it.
 */
export function showUpdateBanner(actions: UpdateBannerActions): HTMLElement {
  document.getElementById('update-banner')?.remove();
  const banner = document.createElement('section');
  banner.id = 'update-banner';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', t('update.available'));
  const text = document.createElement('p');
  text.textContent = t('update.available');
  const hint = document.createElement('small');
  hint.textContent = t('update.hint');
  text.append(document.createElement('br'), hint);
  const apply = button(t('update.apply'), 'primary');
  const later = button(t('update.later'), 'secondary');
  const close = (): void => {
    banner.remove();
  };
  apply.addEventListener('click', () => {
    apply.disabled = true;
    actions.onUpdate();
  });
  later.addEventListener('click', () => {
    close();
    actions.onLater();
  });
  banner.addEventListener('keydown', (e) => {
    // Keys pressed on the banner are the banner's, not the game's.
    e.stopPropagation();
    if (e.key === 'Escape') {
      close();
      actions.onLater();
    }
  });
  shieldFromGame(banner);
  banner.append(text, apply, later);
  (document.getElementById('ui-layer') ?? document.body).append(banner);
  return banner;
}

function button(label: string, kind: 'primary' | 'secondary'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `update-banner-${kind}`;
  b.textContent = label;
  return b;
}
