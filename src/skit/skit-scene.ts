import { SessionController } from '../shared/session/session-controller';
import { SKIT } from '../core/activities';
import {
  currentView,
  type SkitAction,
  type SkitEvent,
  type SkitState,
  type SkitView,
} from '../core/skit';
import type { Skit } from '../core/types';
import type { Pack } from '../content/pack-types';
import { openEndingDialog, openHistoryDialog } from './skit-dialogs';
import { AutoAdvance } from './skit-pace';
import { SkitStageView, spokenText } from './skit-stage-view';
import { WAKE_FRAMES } from '../shared/engine/idle-frames';
import { loadSkitArt } from '../shared/ui/skit-art';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE, STORE_KEY } from '../shared/keys';
import { packRef } from '../shared/session/pack-ref';
import { onKeyDown } from '../shared/engine/key-input';

type SkitController = SessionController<
  Skit,
  Record<string, never>,
  SkitState,
  SkitAction,
  SkitEvent
>;

/** The skit on a phone: background, portrait, a dialogue box that types out, choices. */
export class SkitScene extends BaseScene {
  private session!: SkitController;
  private pack!: Pack;
  private skit!: Skit;
  private stage!: SkitStageView;
  private dialog: HTMLElement | null = null;
  /** The story goes on by itself after each line (a setting kept on the device). */
  private auto!: AutoAdvance;

  constructor() {
    super(SCENE.skit);
  }

  create(data: { resume?: boolean }): void {
    this.setupView();
    const pack = this.services.pack;
    if (!pack?.skit) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    this.pack = pack;
    this.skit = pack.skit;
    const ref = packRef(pack);
    const resumed = data.resume
      ? SessionController.resume(SKIT, pack.skit, this.services.store, STORE_KEY.skitSession, ref)
      : null;
    this.session =
      resumed ??
      SessionController.start(
        SKIT,
        pack.skit,
        this.services.store,
        STORE_KEY.skitSession,
        ref,
        0,
        Date.now(),
        {},
      );
    this.stage = new SkitStageView(
      {
        scene: this,
        pack,
        skit: pack.skit,
        label: (x, y, text, o) => this.label(x, y, text, o),
        button: (id, b, text, on, style) =>
          this.button(id, b.x + b.w / 2, b.y + b.h / 2, b.w, b.h, text, on, style),
        reducedMotion: this.services.reducedMotion,
      },
      {
        back: () => {
          this.act({ type: 'back' });
        },
        history: () => {
          this.showHistory();
        },
        toggleAuto: () => {
          this.toggleAuto();
        },
        menu: () => {
          this.scene.start(SCENE.menu, {});
        },
        goOn: () => {
          if (this.stage.isTyping()) this.stage.finishTyping();
          else this.act({ type: 'advance' });
        },
        choose: (option) => {
          this.act({ type: 'choose', option });
        },
        whole: () => {
          this.armAuto();
        },
      },
    );
    this.dialog = null;
    this.auto = new AutoAdvance(this.services.store);
    this.events.once('shutdown', () => {
      this.auto.stop();
      this.dialog?.remove();
      this.dialog = null;
    });
    onKeyDown(this, (e) => {
      // Enter and Space press the focused button (FocusRing): continue completes the typing first.
      if (this.dialog) return;
      if (e.key === 'Backspace') this.act({ type: 'back' });
      else if (e.key === 'h' || e.key === 'H') this.showHistory();
      else if (/^[1-9]$/.test(e.key)) this.chooseNumber(Number(e.key));
    });
    void this.preload_().then(() => {
      this.render(true);
    });
  }

  /** A number key chooses the option read out with that number, as the live region says. */
  private chooseNumber(n: number): void {
    const view = this.view;
    if (view.kind !== 'choice') return;
    const option = view.visibleOptions[n - 1];
    if (option) this.act({ type: 'choose', option: option.index });
  }

  private preload_(): Promise<void> {
    return loadSkitArt(
      this,
      this.pack,
      this.skit,
      Math.round(Math.max(this.vw, this.vh) * this.ratio),
      Math.round(360 * this.ratio),
    );
  }

  private get view(): SkitView {
    return currentView(this.skit, this.session.state);
  }

  private act(action: SkitAction): void {
    const step = this.session.dispatch(action, 'player');
    if (!step.ok) return;
    for (const e of step.events) {
      if (e.type === 'ending-reached') this.services.sound.play('ending');
      if (e.type === 'choice-made') this.services.sound.play('tap');
      if (e.type === 'went-back') this.announce('skit.wentBack');
    }
    this.render(true);
  }

  /** Turns going on by itself on or off, kept on the device. */
  private toggleAuto(): void {
    this.announce(this.auto.toggle() ? 'skit.autoOnSaid' : 'skit.autoOffSaid');
    this.render(false, this.stage.shownLength);
    this.focus.focus('auto');
  }

  /** With going on by itself on, a whole line moves on once it had its time to be read. */
  private armAuto(): void {
    const kind = this.view.kind;
    if (this.dialog || !['line', 'narration', 'consequence'].includes(kind)) {
      this.auto.stop();
      return;
    }
    const at = this.session.state.trail.length;
    this.auto.arm(this.stage.line, () => {
      if (!this.scene.isActive() || this.dialog || this.session.state.trail.length !== at) return;
      this.act({ type: 'advance' });
      this.game.events.emit(WAKE_FRAMES);
    });
  }

  /**
   * A new size: the same line drawn again in the new layout, its typing going on from where it
   * was; an open dialog (the ending, the history) stays as it is.
   */
  protected override relayout(): void {
    this.render(false, this.stage.shownLength);
  }

  /**
   * Draws the story where it stands; `typed`: how much of the line is already shown (a new
   * line types from its start), and an ending whose dialog is open keeps it.
   */
  private render(announce: boolean, typed = 0): void {
    this.auto.stop();
    this.buttons = [];
    const view = this.view;
    this.stage.draw(view, {
      vw: this.vw,
      vh: this.vh,
      canGoBack: this.session.state.trail.length > 0,
      autoOn: this.auto.on,
      typed,
    });
    if (view.kind === 'ending' && !this.dialog) this.showEnding(view);
    // Enter or Space goes on with the story: the continue button or the first option has focus.
    const leads = (b: { id: string }): boolean => b.id === 'continue' || b.id.startsWith('option-');
    this.focus.set(this.buttons.filter(leads).concat(this.buttons.filter((b) => !leads(b))), true);
    if (announce) this.services.announcer.say(spokenText(this.skit, view));
  }

  private showEnding(view: Extract<SkitView, { kind: 'ending' }>): void {
    this.dialog?.remove();
    this.dialog = openEndingDialog(view, {
      replay: () => {
        this.dialog?.remove();
        this.dialog = null;
        this.showHistory();
      },
      menu: () => {
        this.dialog = null;
        this.session.clear();
        this.scene.start(SCENE.menu, {});
      },
    });
  }

  /** What was said so far; each choice can be made again from there. */
  private showHistory(): void {
    this.dialog?.remove();
    this.dialog = openHistoryDialog(this.skit, this.session.state, {
      rewind: (step) => {
        this.dialog?.remove();
        this.dialog = null;
        this.act({ type: 'rewind', toStep: step });
      },
      close: () => {
        this.dialog = null;
        this.render(false);
      },
    });
  }

  override isAnimating(): boolean {
    return this.stage.isTyping();
  }

  override testState(): unknown {
    const v = this.view;
    const box = this.stage.portraitBox;
    return {
      kind: v.kind,
      nodeId: this.session.state.nodeId,
      ending: this.session.state.ending,
      vars: this.session.state.vars,
      options: v.kind === 'choice' ? v.visibleOptions.map((o) => o.index) : [],
      typing: this.stage.isTyping(),
      /** The line's text as far as it is typed out now. */
      shown: this.stage.shown,
      portrait: this.stage.portrait,
      /** Where the portrait is drawn, in CSS pixels, or null. */
      portraitBox: box && {
        x: this.toCss(box.x),
        y: this.toCss(box.y),
        w: this.toCss(box.w),
        h: this.toCss(box.h),
      },
      autoAdvance: this.auto.on,
      /** Grows by one with every step taken (advance or choice), also from a consequence. */
      step: this.session.state.trail.length,
      dialog: this.dialog?.getAttribute('aria-label') ?? null,
    };
  }
}
