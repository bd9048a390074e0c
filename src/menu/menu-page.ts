import menuCss from './menu.css?inline';
import { MEETING_KEY } from '../shared/session/meeting-session';
import { savedSummary } from '../shared/session/saved-summary';
import type { MenuData, Services } from '../shared/services';
import { PACK_FILE_ACCEPT } from '../content/limits';
import { currentLang, packText, setLang, t } from '../shared/i18n';
import { SCENE, STORE_KEY, type SceneKey } from '../shared/keys';
import {
  openPackFromFile,
  openPackList,
  showPackNotice,
  startNoticeText,
  type PackMenuContext,
} from '../shared/packs/my-packs-dialog';
import type { SessionSummary } from '../core/session/action-log';
import { confirmDialog, shieldFromGame } from '../shared/ui/dom-dialog';
import { showProblems } from '../shared/ui/problem-panel';
import { GameStartError } from '../shared/game-start-error';
import { artRow, TitleArtLoader, titleHeading } from './title-screen';

/** A menu button as the test hook shows it, in the shape of a canvas button's box. */
export interface MenuButtonBox {
  readonly id: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly enabled: boolean;
  readonly focused: boolean;
}

/** Opens a scene of the game (starting the game first, if need be); resolves once it shows. */
export type OpenScene = (key: SceneKey, data: object) => Promise<void>;

const PACK_INPUT_ID = 'pack-file-input';

interface Item {
  readonly id: string;
  readonly label: string;
  readonly run: () => void;
  readonly variant?: 'primary' | 'right' | 'dark';
  /** Buttons sharing a row: the row's name. */
  readonly row?: 'packs' | 'settings';
}

/**
 * The menu, as a page of real HTML over the game: it shows as soon as the page's own small
 * script has run, without waiting for the game engine, which loads when an activity starts.
 * Choose the activity, the pack, the language, and sound on or off. Arrow keys move between
 * its buttons as on every screen of the game; Enter and Space press them.
 */
export class MenuPage {
  private readonly root: HTMLElement;
  private shown = false;
  /** The button pressed to start an activity, while the game loads. */
  private opening: string | null = null;
  /** The pack's pictures on the title cards, fetched after the menu shows. */
  private readonly art: TitleArtLoader;

  constructor(
    private readonly services: Services,
    private readonly openScene: OpenScene,
  ) {
    // The menu's styles come with its script: a stylesheet of its own in the page would hold
    // back the first paint (the splash) by a round trip on a slow line.
    const style = document.createElement('style');
    style.textContent = menuCss;
    document.head.append(style);
    this.root = document.createElement('main');
    this.root.id = 'menu';
    this.root.className = 'menu';
    this.root.hidden = true;
    this.root.setAttribute('aria-labelledby', 'menu-title');
    this.art = new TitleArtLoader(services.store, () => {
      this.showArt();
    });
    shieldFromGame(this.root);
    this.root.addEventListener('keydown', (e) => {
      this.onKey(e);
    });
    document.body.append(this.root);
    this.setupFileInput();
    this.setupDrop();
    window.addEventListener('resize', () => {
      if (this.shown) this.fit();
    });
  }

  get visible(): boolean {
    return this.shown;
  }

  /** Shows the menu (again), with what went wrong with the pack asked for, if anything. */
  show(data: MenuData = {}): void {
    this.opening = null;
    this.shown = true;
    // Read the window's size before changing the page, which would make reading it lay out.
    this.fit();
    this.render();
    // The title's tiles drop in as the menu shows, not each time it is drawn again.
    this.root.classList.add('menu-enter');
    this.root.hidden = false;
    this.root.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
    this.loadArt();
    this.announceMenu();
    if (data.packProblems && data.packProblems.length > 0) {
      showProblems(
        t('menu.packRefused'),
        data.packProblems,
        currentLang(),
        t('common.close'),
        () => undefined,
      );
    } else if (data.packNotice) {
      showPackNotice(startNoticeText(data.packNotice));
    }
  }

  hide(): void {
    this.shown = false;
    this.opening = null;
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  /** Boxes of the menu's buttons in CSS pixels, for end-to-end tests. */
  boxes(): MenuButtonBox[] {
    if (!this.shown) return [];
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[data-id]')].map((b) => {
      const r = b.getBoundingClientRect();
      return {
        id: b.dataset.id ?? '',
        label: b.textContent,
        x: Math.round(r.x + r.width / 2),
        y: Math.round(r.y + r.height / 2),
        w: Math.round(r.width),
        h: Math.round(r.height),
        enabled: !b.disabled,
        focused: document.activeElement === b,
      };
    });
  }

  /** On a projector everything grows with the screen, as the game's scenes do. */
  private fit(): void {
    const scale = Math.max(1, Math.min(window.innerWidth / 1100, window.innerHeight / 680));
    this.root.style.setProperty('--menu-scale', String(scale));
  }

  private render(): void {
    const pack = this.services.packSummary;
    const packLine = document.createElement('p');
    packLine.className = 'menu-pack';
    packLine.textContent = pack
      ? t('menu.pack', { title: packText(pack.title), version: pack.version })
      : '';
    const list = document.createElement('div');
    list.className = 'menu-buttons';
    let row: HTMLElement | null = null;
    for (const item of this.items()) {
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.id = item.id;
      button.className = `menu-button${item.variant ? ` menu-button-${item.variant}` : ''}`;
      button.textContent = this.opening === item.id ? t('loading') : item.label;
      button.addEventListener('click', () => {
        if (this.opening === null) item.run();
      });
      if (item.row) {
        if (row?.dataset.row !== item.row) {
          row = document.createElement('div');
          row.className = `menu-row menu-row-${item.row}`;
          row.dataset.row = item.row;
          list.append(row);
        }
        row.append(button);
      } else {
        row = null;
        list.append(button);
      }
    }
    const inner = document.createElement('div');
    inner.className = 'menu-inner';
    // The credit the emoji's licence (CC BY 4.0) asks for, and the game's own licences.
    const about = document.createElement('p');
    about.className = 'menu-about';
    about.textContent = t('menu.about');
    const head = document.createElement('header');
    head.className = 'menu-head';
    head.append(titleHeading(t('title')), artRow(this.art.cardsFor(this.services.pack)), packLine);
    inner.append(head, list, about);
    this.root.replaceChildren(inner);
  }

  /** Starts a new quiz, asking first when that would throw away an unfinished one. */
  private async startNewQuiz(unfinished: SessionSummary | null): Promise<void> {
    if (unfinished) {
      const { index, total, score } = unfinished.detail;
      const sure = await confirmDialog(
        t('menu.newQuizTitle'),
        t('menu.newQuizLoses', {
          n: Math.min(Number(index) + 1, Number(total)),
          total,
          score,
        }),
        t('menu.newQuizConfirm'),
        t('menu.newQuizKeep'),
      );
      if (!sure) {
        this.root.querySelector<HTMLButtonElement>('button[data-id="play-quiz"]')?.focus();
        return;
      }
    }
    this.open('play-quiz', SCENE.quiz, { resume: false });
  }

  /** The menu's buttons for the pack in play, in the order they show. */
  private items(): Item[] {
    const { services } = this;
    // Read from the pack's summary and the saved sessions' summaries: the menu shows before the
    // built-in pack's data has loaded.
    const pack = services.packSummary;
    const items: Item[] = [];
    const solo = pack && savedSummary(services.store, STORE_KEY.soloSession, pack);
    const unfinished = solo && !solo.finished ? solo : null;
    if (unfinished) {
      items.push({
        id: 'continue-quiz',
        label: t('menu.continueQuiz'),
        run: () => {
          this.open('continue-quiz', SCENE.quiz, { resume: true });
        },
        variant: 'right',
      });
    }
    if (pack?.hasQuiz) {
      items.push({
        id: 'play-quiz',
        label: t('menu.playQuiz'),
        run: () => {
          void this.startNewQuiz(unfinished);
        },
        variant: 'primary',
      });
    }
    if (pack?.skitTitle) {
      items.push({
        id: 'play-skit',
        label: t('menu.playSkit', { title: packText(pack.skitTitle) }),
        run: () => {
          this.open('play-skit', SCENE.skit, { resume: true });
        },
      });
    }
    if (pack && services.params.mode !== 'solo' && (pack.hasQuiz || pack.skitTitle)) {
      const saved = savedSummary(services.store, MEETING_KEY.log, pack);
      const meeting = saved && !saved.finished ? saved : null;
      items.push({
        id: 'host',
        label: meeting ? t('menu.continueMeeting') : t('menu.host'),
        run: () => {
          // The shell reopens the saved meeting once the pack's data is there.
          services.meeting = null;
          if (meeting)
            this.open('host', meeting.detail.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz, {});
          else this.open('host', SCENE.hostSetup, {});
        },
        variant: 'dark',
      });
    }
    items.push(
      {
        id: 'open-pack',
        label: t('menu.openPack'),
        run: () => {
          document.getElementById(PACK_INPUT_ID)?.click();
        },
        row: 'packs',
      },
      {
        id: 'my-packs',
        label: t('menu.myPacks'),
        run: () => {
          void openPackList(this.packMenu());
        },
        row: 'packs',
      },
    );
    const { openEditor } = services;
    if (openEditor) {
      items.push({
        id: 'editor',
        label: t('menu.editor'),
        run: () => {
          openEditor(() => {
            this.refresh('editor');
          });
        },
        row: 'packs',
      });
    }
    const other = currentLang() === 'vi' ? 'en' : 'vi';
    const { sound } = services;
    items.push(
      {
        id: 'language',
        label: t('menu.language'),
        run: () => {
          void setLang(other).then(() => {
            this.announce('menu.languageChanged');
            this.refresh('language');
          });
        },
        row: 'settings',
      },
      {
        id: 'sound',
        label: sound.muted ? t('menu.soundOff') : t('menu.soundOn'),
        run: () => {
          const muted = sound.toggleMuted();
          this.announce(muted ? 'menu.soundOff' : 'menu.soundOn');
          this.refresh('sound');
        },
        row: 'settings',
      },
      {
        // Music is off until the player turns it on; the choice is kept on the device.
        id: 'music',
        label: sound.settings.music ? t('menu.musicOn') : t('menu.musicOff'),
        run: () => {
          sound.music(!sound.settings.music);
          this.announce(sound.settings.music ? 'menu.musicOn' : 'menu.musicOff');
          this.refresh('music');
        },
        row: 'settings',
      },
    );
    return items;
  }

  /** Draws the menu again (another pack, language or setting), keeping the focus where it was. */
  /** Shows the menu's buttons again (what is saved may have changed), keeping the focus. */
  update(): void {
    const focused = this.root.querySelector<HTMLButtonElement>('button:focus')?.dataset.id;
    this.refresh(focused ?? null);
  }

  private refresh(focusId: string | null = null): void {
    if (!this.shown) return;
    this.root.classList.remove('menu-enter');
    this.render();
    const target =
      this.root.querySelector<HTMLButtonElement>(`button[data-id="${focusId ?? ''}"]`) ??
      this.root.querySelector<HTMLButtonElement>('button');
    target?.focus({ preventScroll: true });
  }

  /** Starts an activity; its button says the game is loading until the activity shows. */
  private open(id: string, key: SceneKey, data: object): void {
    this.opening = id;
    const button = this.root.querySelector<HTMLButtonElement>(`button[data-id="${id}"]`);
    if (button) {
      button.textContent = t('loading');
      button.setAttribute('aria-busy', 'true');
    }
    this.announce('loading');
    this.openScene(key, data).catch((error: unknown) => {
      // The game's code could not load (offline before it was ever cached), or it could not
      // start on this device: stay on the menu, and say which.
      const message =
        error instanceof GameStartError ? 'menu.gameStartFailed' : 'menu.gameLoadFailed';
      this.opening = null;
      this.refresh(id);
      this.announce(message);
      showPackNotice(t(message), undefined, t('menu.gameLoadFailedTitle'));
    });
  }

  /** Fetches the pictures of the pack in play for the title cards, once the menu is up. */
  private loadArt(): void {
    this.art.load(
      this.services.packLoaded,
      () => this.services.pack,
      () => this.shown && this.opening === null,
    );
  }

  /** The pack's pictures have arrived: into the cards, without drawing the menu again. */
  private showArt(): void {
    const cards = this.art.cardsFor(this.services.pack);
    const row = this.root.querySelector('.menu-art');
    if (!this.shown || !cards || !row) return;
    const next = artRow(cards);
    next.classList.add('menu-art-new');
    row.replaceWith(next);
  }

  private announceMenu(): void {
    const pack = this.services.packSummary;
    this.announce('announce.menu', { title: pack ? packText(pack.title) : '' });
  }

  private announce(key: string, options?: Record<string, unknown>): void {
    this.services.announcer.say(t(key, options));
  }

  private onKey(e: KeyboardEvent): void {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at < 0 ? 0 : (at + step + buttons.length) % buttons.length;
    buttons[next]?.focus();
  }

  private packMenu(): PackMenuContext {
    return {
      services: this.services,
      announce: (key, options) => {
        this.announce(key, options);
      },
      onPackChanged: () => {
        this.refresh();
        this.loadArt();
        this.announceMenu();
      },
    };
  }

  /**
   * The file picker: a hidden file input in the page (browsers open a picker for an input in
   * the page, in answer to a press).
   */
  private setupFileInput(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = PACK_INPUT_ID;
    input.accept = PACK_FILE_ACCEPT;
    input.className = 'visually-hidden';
    input.tabIndex = -1;
    input.setAttribute('aria-hidden', 'true');
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void openPackFromFile(file, this.packMenu());
    });
    (document.getElementById('ui-layer') ?? document.body).append(input);
  }

  /** A pack file dropped anywhere on the page opens, while the menu shows. */
  private setupDrop(): void {
    window.addEventListener('dragover', (e) => {
      if (this.shown) e.preventDefault();
    });
    window.addEventListener('drop', (e) => {
      if (!this.shown) return;
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openPackFromFile(file, this.packMenu());
    });
  }
}
