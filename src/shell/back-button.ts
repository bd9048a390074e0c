import { closeTopLayer } from '../shared/ui/dom-dialog';

/** What the back button needs of the page's shell. */
export interface BackTarget {
  /** Whether a game screen (not the menu) is showing. */
  readonly inGame: () => boolean;
  /** Returns to the menu; the game on screen is saved after every action, so it can go on. */
  readonly toMenu: () => void;
}

const GAME_ENTRY = 'dhbc-game';

/**
 * Android's back button (and the browser's) while a game is on screen: it closes what is open
 * over the game (a dialog, the typed answer), then returns to the menu. At the menu it leaves
 * the page as usual. Opening a game adds one history entry, which back takes away.
 */
export class BackButton {
  /** A history step the page took itself (leaving the game by its own menu button). */
  private ownStep = false;

  constructor(private readonly target: BackTarget) {
    window.addEventListener('popstate', () => {
      this.onBack();
    });
  }

  /** A game screen opens: one entry for back to take away. */
  entered(): void {
    if (!this.onGameEntry()) window.history.pushState({ [GAME_ENTRY]: true }, '');
  }

  /** The menu shows by the game's own button: the game's entry goes, so back leaves the page. */
  left(): void {
    if (!this.onGameEntry()) return;
    this.ownStep = true;
    window.history.back();
  }

  private onGameEntry(): boolean {
    const state: unknown = window.history.state;
    return typeof state === 'object' && state !== null && GAME_ENTRY in state;
  }

  private onBack(): void {
    if (this.ownStep) {
      this.ownStep = false;
      return;
    }
    if (!this.target.inGame()) return;
    if (closeTopLayer()) {
      // Still in the game: the next back has an entry to take away again.
      window.history.pushState({ [GAME_ENTRY]: true }, '');
      return;
    }
    this.target.toMenu();
  }
}
