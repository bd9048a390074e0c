import { unfinishedMeeting } from '../app/meeting-session';
import type { StartNotice } from '../app/pack-source';
import { SessionController } from '../app/session-controller';
import { PACK_FILE_ACCEPT } from '../content/limits';
import { SOLO_QUIZ } from '../core/activities';
import type { PackProblem } from '../content/problems';
import { currentLang, packText, setLang, t } from '../i18n/i18n';
import { showProblems } from '../ui/problem-panel';
import { COLOR } from '../ui/theme';
import { BaseScene } from './base-scene';
import { GAME_EVENT, SCENE, STORE_KEY } from './keys';
import {
  openPackFromFile,
  openPackList,
  showPackNotice,
  startNoticeText,
  type PackMenuContext,
} from './my-packs';
import { packRef } from './pack-ref';

interface MenuData {
  readonly packProblems?: readonly PackProblem[];
  readonly packNotice?: StartNotice | null;
}

let menuReadyMarked = false;

const PACK_INPUT_ID = 'pack-file-input';

/** Choose the activity, the pack, the language, and sound on or off. */
export class MenuScene extends BaseScene {
  constructor() {
    super(SCENE.menu);
  }

  create(data: MenuData): void {
    this.setupView();
    const pack = this.services.pack;
    const w = Math.min(440, this.vw - 40);
    const cx = this.vw / 2;
    let y = Math.max(36, this.vh * 0.08);
    this.label(cx, y, t('title'), {
      size: this.isPortrait ? 34 : 48,
      bold: true,
      align: 'center',
      color: '#ffc83d',
    }).setOrigin(0.5, 0);
    y += this.isPortrait ? 52 : 70;
    if (pack) {
      const packLine = this.label(
        cx,
        y,
        t('menu.pack', { title: packText(pack.title), version: pack.version }),
        { size: 17, align: 'center', color: '#c9d6f0', wrap: w },
      ).setOrigin(0.5, 0);
      y += packLine.height + 20;
    } else y += 48;
    const bh = 56;
    const gap = 14;
    const resumable = pack?.quiz
      ? SessionController.resume(
          SOLO_QUIZ,
          pack.quiz,
          this.services.store,
          STORE_KEY.soloSession,
          packRef(pack),
        )
      : null;
    const unfinished = resumable !== null && resumable.state.phase !== 'finished';
    if (unfinished) {
      this.button(
        'continue-quiz',
        cx,
        y + bh / 2,
        w,
        bh,
        t('menu.continueQuiz'),
        () => {
          this.scene.start(SCENE.quiz, { resume: true });
        },
        { fill: COLOR.right },
      );
      y += bh + gap;
    }
    if (pack?.quiz) {
      this.button(
        'play-quiz',
        cx,
        y + bh / 2,
        w,
        bh,
        t('menu.playQuiz'),
        () => {
          this.scene.start(SCENE.quiz, { resume: false });
        },
        { fill: COLOR.accent, textColor: '#14213d' },
      );
      y += bh + gap;
    }
    if (pack?.skit) {
      this.button(
        'play-skit',
        cx,
        y + bh / 2,
        w,
        bh,
        t('menu.playSkit', { title: packText(pack.skit.title) }),
        () => {
          this.scene.start(SCENE.skit, { resume: true });
        },
      );
      y += bh + gap;
    }
    if (pack && this.services.params.mode !== 'solo' && (pack.quiz || pack.skit)) {
      const meeting = unfinishedMeeting(this.services.store, pack);
      this.button(
        'host',
        cx,
        y + bh / 2,
        w,
        bh,
        meeting ? t('menu.continueMeeting') : t('menu.host'),
        () => {
          this.services.meeting = meeting;
          if (meeting)
            this.scene.start(meeting.state.part === 'skit' ? SCENE.hostSkit : SCENE.hostQuiz, {});
          else this.scene.start(SCENE.hostSetup, {});
        },
        { fill: COLOR.panel },
      );
      y += bh + gap;
    }
    const half = (w - gap) / 2;
    this.button(
      'open-pack',
      cx - half / 2 - gap / 2,
      y + bh / 2,
      half,
      bh,
      t('menu.openPack'),
      () => {
        this.pickPack();
      },
    );
    this.button(
      'my-packs',
      cx + half / 2 + gap / 2,
      y + bh / 2,
      half,
      bh,
      t('menu.myPacks'),
      () => {
        void openPackList(this.packMenu());
      },
    );
    y += bh + gap;
    // Language, sound and music share one row of three, so the menu fits a 640 px screen.
    const third = (w - 2 * gap) / 3;
    const small = { fontSize: 16 };
    const other = currentLang() === 'vi' ? 'en' : 'vi';
    this.button(
      'language',
      cx - third - gap,
      y + bh / 2,
      third,
      bh,
      t('menu.language'),
      () => {
        void setLang(other).then(() => {
          this.announce('menu.languageChanged');
          this.scene.restart({});
        });
      },
      small,
    );
    this.button(
      'sound',
      cx,
      y + bh / 2,
      third,
      bh,
      this.services.sound.muted ? t('menu.soundOff') : t('menu.soundOn'),
      () => {
        const muted = this.services.sound.toggleMuted();
        this.buttons
          .find((b) => b.id === 'sound')
          ?.setText(muted ? t('menu.soundOff') : t('menu.soundOn'));
        this.announce(muted ? 'menu.soundOff' : 'menu.soundOn');
      },
      small,
    );
    // Music is off until the player turns it on; the choice is kept on the device.
    const musicLabel = (): string =>
      this.services.sound.settings.music ? t('menu.musicOn') : t('menu.musicOff');
    this.button(
      'music',
      cx + third + gap,
      y + bh / 2,
      third,
      bh,
      musicLabel(),
      () => {
        this.services.sound.music(!this.services.sound.settings.music);
        this.buttons.find((b) => b.id === 'music')?.setText(musicLabel());
        this.announce(this.services.sound.settings.music ? 'menu.musicOn' : 'menu.musicOff');
      },
      small,
    );
    this.focus.set(this.buttons, true);
    this.setupDrop();
    this.setupFileInput();
    this.announce('announce.menu', { title: pack ? packText(pack.title) : '' });
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
    if (!menuReadyMarked) {
      menuReadyMarked = true;
      performance.mark('menu-ready');
      this.game.events.emit(GAME_EVENT.menuReady);
    }
  }

  /**
   * The file picker: a hidden file input that lives as long as the menu (browsers open a picker
   * for an input in the page, in answer to a press).
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
      if (file) this.openFile(file);
    });
    document.getElementById(PACK_INPUT_ID)?.remove();
    (document.getElementById('ui-layer') ?? document.body).append(input);
    this.events.once('shutdown', () => {
      input.remove();
    });
  }

  private pickPack(): void {
    document.getElementById(PACK_INPUT_ID)?.click();
  }

  private setupDrop(): void {
    const onDragOver = (e: DragEvent): void => {
      e.preventDefault();
    };
    const onDrop = (e: DragEvent): void => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) this.openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    this.events.once('shutdown', () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    });
  }

  private packMenu(): PackMenuContext {
    return {
      services: this.services,
      announce: (key, options) => {
        this.announce(key, options);
      },
      onPackChanged: () => {
        this.scene.restart({});
      },
    };
  }

  private openFile(file: File): void {
    void openPackFromFile(file, this.packMenu());
  }
}
