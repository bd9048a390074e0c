import { unfinishedMeeting } from '../app/meeting-session';
import { SessionController } from '../app/session-controller';
import { loadPackFromFile } from '../app/pack-source';
import { SOLO_QUIZ } from '../core/activities';
import type { PackProblem } from '../content/problems';
import { currentLang, packText, setLang, t } from '../i18n/i18n';
import { showProblems } from '../ui/problem-panel';
import { COLOR } from '../ui/theme';
import { BaseScene } from './base-scene';
import { GAME_EVENT, SCENE, STORE_KEY } from './keys';
import { packRef } from './pack-ref';

interface MenuData {
  readonly packProblems?: readonly PackProblem[];
}

let menuReadyMarked = false;

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
      this.label(cx, y, t('menu.pack', { title: packText(pack.title), version: pack.version }), {
        size: 17,
        align: 'center',
        color: '#c9d6f0',
        wrap: w,
      }).setOrigin(0.5, 0);
    }
    y += 48;
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
    this.button('open-pack', cx, y + bh / 2, w, bh, t('menu.openPack'), () => {
      this.pickPack();
    });
    y += bh + gap;
    const half = (w - gap) / 2;
    const other = currentLang() === 'vi' ? 'en' : 'vi';
    this.button(
      'language',
      cx - half / 2 - gap / 2,
      y + bh / 2,
      half,
      bh,
      t('menu.language'),
      () => {
        void setLang(other).then(() => {
          this.announce('menu.languageChanged');
          this.scene.restart({});
        });
      },
    );
    this.button(
      'sound',
      cx + half / 2 + gap / 2,
      y + bh / 2,
      half,
      bh,
      this.services.sound.muted ? t('menu.soundOff') : t('menu.soundOn'),
      () => {
        const muted = this.services.sound.toggleMuted();
        this.buttons
          .find((b) => b.id === 'sound')
          ?.setText(muted ? t('menu.soundOff') : t('menu.soundOn'));
        this.announce(muted ? 'menu.soundOff' : 'menu.soundOn');
      },
    );
    this.focus.set(this.buttons, true);
    this.setupDrop();
    this.announce('announce.menu', { title: pack ? packText(pack.title) : '' });
    if (data.packProblems && data.packProblems.length > 0) {
      showProblems(
        t('menu.packRefused'),
        data.packProblems,
        currentLang(),
        t('common.close'),
        () => undefined,
      );
    }
    if (!menuReadyMarked) {
      menuReadyMarked = true;
      performance.mark('menu-ready');
      this.game.events.emit(GAME_EVENT.menuReady);
    }
  }

  private pickPack(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.zip,application/json,application/zip';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.openFile(file);
    });
    input.click();
  }

  private setupDrop(): void {
    const onDragOver = (e: DragEvent): void => {
      e.preventDefault();
    };
    const onDrop = (e: DragEvent): void => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void this.openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    this.events.once('shutdown', () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    });
  }

  private async openFile(file: File): Promise<void> {
    this.announce('menu.packLoading');
    const result = await loadPackFromFile(file);
    if (!result.ok) {
      this.announce('menu.packRefused');
      showProblems(
        t('menu.packRefused'),
        result.problems,
        currentLang(),
        t('common.close'),
        () => undefined,
      );
      return;
    }
    this.services.pack = result.pack;
    this.announce('menu.packLoaded', { title: packText(result.pack.title) });
    this.scene.restart({});
  }
}
