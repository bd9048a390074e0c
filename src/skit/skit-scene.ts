import Phaser from '../shared/engine/phaser-lite';
import { SessionController } from '../shared/session/session-controller';
import { SKIT } from '../core/activities';
import {
  currentView,
  shownPortrait,
  type SkitAction,
  type SkitEvent,
  type SkitState,
  type SkitView,
} from '../core/skit';
import type { Skit } from '../core/types';
import type { Pack } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { openEndingDialog, openHistoryDialog } from './skit-dialogs';
import { AutoAdvance } from './skit-pace';
import { WAKE_FRAMES } from '../shared/engine/idle-frames';
import { loadSkitArt, skitBackground, skitPortrait } from '../shared/ui/skit-art';
import { COLOR, hexToNumber } from '../shared/ui/theme';
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

const TYPE_MS_PER_CHAR = 22;

/** The skit on a phone: background, portrait, a dialogue box that types out, choices. */
export class SkitScene extends BaseScene {
  private session!: SkitController;
  private pack!: Pack;
  private skit!: Skit;
  private layer!: Phaser.GameObjects.Container;
  private typing: Phaser.Time.TimerEvent | null = null;
  private fullText = '';
  private textObj: Phaser.GameObjects.Text | null = null;
  private dialog: HTMLElement | null = null;
  /** The story goes on by itself after each line (a setting kept on the device). */
  private auto!: AutoAdvance;
  /** The texture of the portrait shown (it names the picture's file), or null. */
  private portrait: string | null = null;

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
    this.layer = this.add.container(0, 0);
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

  private isTyping(): boolean {
    return this.typing !== null && this.textObj !== null && this.textObj.text !== this.fullText;
  }

  private finishTyping(): void {
    this.typing?.remove();
    this.typing = null;
    this.textObj?.setText(this.fullText);
    this.armAuto();
  }

  /** Turns going on by itself on or off, kept on the device. */
  private toggleAuto(): void {
    this.announce(this.auto.toggle() ? 'skit.autoOnSaid' : 'skit.autoOffSaid');
    this.render(false, this.isTyping() ? (this.textObj?.text.length ?? 0) : this.fullText.length);
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
    this.auto.arm(this.fullText, () => {
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
    const shown = this.isTyping() ? (this.textObj?.text.length ?? 0) : this.fullText.length;
    this.render(false, shown);
  }

  /**
   * Draws the story where it stands; `typed`: how much of the line is already shown (a new
   * line types from its start), and an ending whose dialog is open keeps it.
   */
  private render(announce: boolean, typed = 0): void {
    this.layer.removeAll(true);
    this.auto.stop();
    this.portrait = null;
    this.buttons = [];
    this.typing?.remove();
    this.typing = null;
    this.textObj = null;
    const view = this.view;
    this.drawBackground(view.background);
    const boxW = Math.min(this.vw - 24, 900);
    const boxX = (this.vw - boxW) / 2;
    // A choice's box grows to hold its prompt and every option whole (long English options wrap
    // onto three lines), up to the row of buttons at the top.
    const choice = view.kind === 'choice' ? this.choiceLayout(view, boxW) : null;
    const boxH = Math.max(
      Math.min(this.vh * 0.42, 280),
      Math.min(this.vh - 72, choice?.height ?? 0),
    );
    const boxY = this.vh - boxH - 12;
    const top: Phaser.GameObjects.GameObject[] = [];
    top.push(
      this.button(
        'back',
        36,
        32,
        56,
        44,
        '←',
        () => {
          this.act({ type: 'back' });
        },
        { fontSize: 22 },
      ).setEnabled(this.session.state.trail.length > 0),
    );
    top.push(
      this.button(
        'history',
        122,
        32,
        100,
        44,
        t('skit.history'),
        () => {
          this.showHistory();
        },
        { fontSize: 16 },
      ),
    );
    top.push(
      this.button(
        'auto',
        232,
        32,
        104,
        44,
        this.auto.on ? t('skit.autoOn') : t('skit.auto'),
        () => {
          this.toggleAuto();
        },
        { fontSize: 16, ...(this.auto.on ? { fill: COLOR.accent, textColor: '#14213d' } : {}) },
      ),
    );
    top.push(
      this.button(
        'menu',
        this.vw - 40,
        32,
        64,
        44,
        '☰',
        () => {
          this.scene.start(SCENE.menu, {});
        },
        { fontSize: 22 },
      ),
    );
    this.layer.add(top);
    const box = this.add.graphics();
    box.fillStyle(0xffffff, 0.96).fillRoundedRect(boxX, boxY, boxW, boxH, 18);
    this.layer.add(box);
    let spoken = '';
    switch (view.kind) {
      case 'line': {
        const who = this.skit.characters.find((c) => c.id === view.node.character);
        this.drawPortrait(view, boxY);
        const name = packText(who?.name);
        const tag = this.add
          .graphics()
          .fillStyle(who ? hexToNumber(who.color) : COLOR.accent, 1)
          .fillRoundedRect(boxX + 16, boxY - 20, Math.max(120, name.length * 12 + 32), 40, 12);
        this.layer.add([
          tag,
          this.label(boxX + 32, boxY - 12, name, { size: 20, bold: true, color: '#14213d' }),
        ]);
        this.typeText(packText(view.node.text), boxX + 20, boxY + 30, boxW - 40, false, typed);
        this.addContinue(boxX, boxY, boxW, boxH);
        spoken = `${name}: ${packText(view.node.text)}`;
        break;
      }
      case 'narration':
        this.typeText(packText(view.node.text), boxX + 20, boxY + 20, boxW - 40, true, typed);
        this.addContinue(boxX, boxY, boxW, boxH);
        spoken = packText(view.node.text);
        break;
      case 'consequence':
        this.typeText(
          packText(view.chosen.option.consequence),
          boxX + 20,
          boxY + 20,
          boxW - 40,
          true,
          typed,
        );
        this.addContinue(boxX, boxY, boxW, boxH);
        spoken = packText(view.chosen.option.consequence);
        break;
      case 'choice': {
        this.drawPortrait(view, boxY);
        const layout = choice ?? this.choiceLayout(view, boxW);
        const p = this.label(boxX + 20, boxY + 14, layout.prompt, {
          size: 18,
          bold: true,
          color: '#14213d',
          wrap: boxW - 40,
        });
        this.layer.add(p);
        const opts = view.visibleOptions;
        let y = boxY + 20 + p.height;
        opts.forEach((o, i) => {
          const bh = layout.heights[i] ?? 48;
          const b = this.button(
            `option-${o.index}`,
            this.vw / 2,
            y + bh / 2,
            boxW - 32,
            bh,
            packText(o.option.text),
            () => {
              this.act({ type: 'choose', option: o.index });
            },
            { fontSize: 17, fill: COLOR.background },
          );
          this.layer.add(b);
          y += bh + 8;
        });
        spoken = `${layout.prompt} ${opts.map((o, i) => `${i + 1}. ${packText(o.option.text)}`).join('. ')}`;
        break;
      }
      case 'ending':
        if (!this.dialog) this.showEnding(view);
        spoken = t('skit.ending', { title: packText(view.ending.title) });
        break;
    }
    // Enter or Space goes on with the story: the continue button or the first option has focus.
    const leads = (b: { id: string }): boolean => b.id === 'continue' || b.id.startsWith('option-');
    this.focus.set(this.buttons.filter(leads).concat(this.buttons.filter((b) => !leads(b))), true);
    if (announce) this.services.announcer.say(spoken);
  }

  /** The choice's prompt, each option's button height (its text whole), and the box height. */
  private choiceLayout(
    view: Extract<SkitView, { kind: 'choice' }>,
    boxW: number,
  ): { prompt: string; heights: number[]; height: number } {
    const measure = (text: string, size: number, wrap: number): number => {
      const probe = this.label(0, 0, text, { size, bold: true, wrap });
      const h = probe.height;
      probe.destroy();
      return h;
    };
    const prompt = packText(view.node.prompt) || t('skit.whatNow');
    // Buttons between 48 and 64 px, taller when their text needs it.
    const preferred = Math.min(64, Math.max(48, (this.vh * 0.3) / view.visibleOptions.length));
    const heights = view.visibleOptions.map((o) =>
      Math.max(preferred, measure(packText(o.option.text), 17, boxW - 48) + 16),
    );
    const height = 20 + measure(prompt, 18, boxW - 40) + heights.reduce((n, h) => n + h + 8, 0) + 8;
    return { prompt, heights, height };
  }

  private drawBackground(id: string | null): void {
    const img = skitBackground(this, this.pack, this.skit, id, this.vw, this.vh);
    if (img) this.layer.add(img);
  }

  /** The speaker's portrait in the line's (or the choice's) mood, standing on the box. */
  private drawPortrait(view: SkitView, boxY: number): void {
    const shown = shownPortrait(view);
    const img =
      shown && skitPortrait(this, this.pack, this.skit, shown.character, shown.expression);
    if (!img) return;
    this.portrait = img.texture.key;
    img.setPosition(this.vw / 2, boxY + 8).setOrigin(0.5, 1);
    img.setScale(Math.min(boxY - 56, 380) / img.height);
    this.layer.add(img);
  }

  /** Types `text` out from its `from`th character (all at once with reduced motion). */
  private typeText(
    text: string,
    x: number,
    y: number,
    wrap: number,
    italic: boolean,
    from: number,
  ): void {
    this.fullText = text;
    const start = this.services.reducedMotion ? text.length : Math.min(from, text.length);
    const obj = this.label(x, y, text.slice(0, start), {
      size: 19,
      color: italic ? '#31406b' : '#14213d',
      wrap,
    });
    this.textObj = obj;
    this.layer.add(obj);
    if (start >= text.length) {
      this.armAuto();
      return;
    }
    let n = start;
    this.typing = this.time.addEvent({
      delay: TYPE_MS_PER_CHAR,
      repeat: text.length - start - 1,
      callback: () => {
        n++;
        obj.setText(text.slice(0, n));
        if (n >= text.length) {
          this.typing = null;
          this.armAuto();
        }
      },
    });
  }

  private addContinue(x: number, y: number, w: number, h: number): void {
    const zone = this.add.zone(x, y, w, h).setOrigin(0).setInteractive();
    zone.on('pointerup', () => {
      if (this.isTyping()) this.finishTyping();
      else this.act({ type: 'advance' });
    });
    this.layer.add(zone);
    const b = this.button(
      'continue',
      x + w - 90,
      y + h - 34,
      160,
      48,
      t('skit.continue'),
      () => {
        if (this.isTyping()) this.finishTyping();
        else this.act({ type: 'advance' });
      },
      { fontSize: 17, fill: COLOR.accent, textColor: '#14213d' },
    );
    this.layer.add(b);
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
    return this.isTyping();
  }

  override testState(): unknown {
    const v = this.view;
    return {
      kind: v.kind,
      nodeId: this.session.state.nodeId,
      ending: this.session.state.ending,
      vars: this.session.state.vars,
      options: v.kind === 'choice' ? v.visibleOptions.map((o) => o.index) : [],
      typing: this.isTyping(),
      /** The line's text as far as it is typed out now. */
      shown: this.textObj?.text ?? null,
      portrait: this.portrait,
      autoAdvance: this.auto.on,
      /** Grows by one with every step taken (advance or choice), also from a consequence. */
      step: this.session.state.trail.length,
      dialog: this.dialog?.getAttribute('aria-label') ?? null,
    };
  }
}
