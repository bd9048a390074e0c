import type Phaser from 'phaser';
import { shownPortrait, type SkitView } from '../core/skit';
import type { Skit } from '../core/types';
import type { Pack } from '../content/pack-types';
import type { MakeLabel } from '../shared/engine/base-scene';
import { packText, t } from '../shared/i18n';
import type { Button, ButtonStyle } from '../shared/ui/button';
import { skitBackground, skitPortrait } from '../shared/ui/skit-art';
import { COLOR, hexToNumber } from '../shared/ui/theme';
import { stageLayout, TYPE, type Box, type Measure, type StageLayout } from './skit-stage-layout';

const TYPE_MS_PER_CHAR = 22;
const INK = '#14213d';

/** Makes a button filling the box `b`, as a scene's `button` does. */
export type MakeButton = (
  id: string,
  b: Box,
  text: string,
  onActivate: () => void,
  style: ButtonStyle,
) => Button;

/** What the stage's taps ask for; the scene turns them into actions. */
export interface StageInput {
  readonly back: () => void;
  readonly history: () => void;
  readonly toggleAuto: () => void;
  readonly menu: () => void;
  /** "Next", or a tap on the box: a line being typed shows whole, a whole one moves on. */
  readonly goOn: () => void;
  readonly choose: (option: number) => void;
  /** The line now stands whole (typed out, or shown at once). */
  readonly whole: () => void;
}

/** What the stage draws with: the scene, its pack, and its own text and button makers. */
export interface StageTools {
  readonly scene: Phaser.Scene;
  readonly pack: Pack;
  readonly skit: Skit;
  readonly label: MakeLabel;
  readonly button: MakeButton;
  readonly reducedMotion: boolean;
}

/** The screen and the settings a drawing depends on, besides the story's view. */
export interface StageFrame {
  readonly vw: number;
  readonly vh: number;
  readonly canGoBack: boolean;
  readonly autoOn: boolean;
  /** How much of the line is already shown (a new line types from its start). */
  readonly typed: number;
}

/** What the live region says for the view: the line with its speaker, or the options numbered. */
export function spokenText(skit: Skit, view: SkitView): string {
  switch (view.kind) {
    case 'line': {
      const who = skit.characters.find((c) => c.id === view.node.character);
      return `${packText(who?.name)}: ${packText(view.node.text)}`;
    }
    case 'narration':
      return packText(view.node.text);
    case 'consequence':
      return packText(view.chosen.option.consequence);
    case 'choice': {
      const prompt = packText(view.node.prompt) || t('skit.whatNow');
      const options = view.visibleOptions.map((o, i) => `${i + 1}. ${packText(o.option.text)}`);
      return `${prompt} ${options.join('. ')}`;
    }
    case 'ending':
      return t('skit.ending', { title: packText(view.ending.title) });
  }
}

/**
 * The skit's stage on the canvas: background, buttons, the speaker's portrait and name, the
 * box with its line typing out, or the choice's prompt and options. Drawn whole from a view
 * of the story, where `stageLayout` says.
 */
export class SkitStageView {
  private readonly layer: Phaser.GameObjects.Container;
  private typing: Phaser.Time.TimerEvent | null = null;
  private fullText = '';
  private textObj: Phaser.GameObjects.Text | null = null;
  /** The texture of the portrait shown (it names the picture's file), or null. */
  portrait: string | null = null;
  /** Where the portrait is drawn, or null. */
  portraitBox: Box | null = null;

  constructor(
    private readonly tools: StageTools,
    private readonly input: StageInput,
  ) {
    this.layer = tools.scene.add.container(0, 0);
  }

  /** True while the line is still typing out. */
  isTyping(): boolean {
    return this.typing !== null && this.textObj !== null && this.textObj.text !== this.fullText;
  }

  /** The line's text as far as it is typed out now, or null when no line is shown. */
  get shown(): string | null {
    return this.textObj?.text ?? null;
  }

  /** The whole line (or narration, or consequence) last drawn. */
  get line(): string {
    return this.fullText;
  }

  /** How much of the line stands now: a new drawing goes on typing from there. */
  get shownLength(): number {
    return this.isTyping() ? (this.textObj?.text.length ?? 0) : this.fullText.length;
  }

  /** Shows the line being typed whole at once. */
  finishTyping(): void {
    this.typing?.remove();
    this.typing = null;
    this.textObj?.setText(this.fullText);
    this.input.whole();
  }

  /** Draws `view` anew on the `frame`'s screen (an ending draws the stage; its page is the scene's). */
  draw(view: SkitView, frame: StageFrame): void {
    const { scene, pack, skit } = this.tools;
    this.layer.removeAll(true);
    this.typing?.remove();
    this.typing = null;
    this.textObj = null;
    this.portrait = null;
    this.portraitBox = null;
    const background = skitBackground(scene, pack, skit, view.background, frame.vw, frame.vh);
    if (background) this.layer.add(background);
    const shown = shownPortrait(view);
    const img = shown && skitPortrait(scene, pack, skit, shown.character, shown.expression);
    const who =
      view.kind === 'line' ? skit.characters.find((c) => c.id === view.node.character) : undefined;
    const layout = stageLayout(
      frame.vw,
      frame.vh,
      {
        kind: view.kind,
        portrait: img ? img.width / img.height : null,
        name: view.kind === 'line' ? packText(who?.name) : null,
        text: this.textOf(view),
        options:
          view.kind === 'choice' ? view.visibleOptions.map((o) => packText(o.option.text)) : [],
      },
      this.measure,
    );
    this.drawTop(layout, frame);
    this.layer.add(
      scene.add
        .graphics()
        .fillStyle(0xffffff, 0.96)
        .fillRoundedRect(layout.box.x, layout.box.y, layout.box.w, layout.box.h, 18),
    );
    if (img && layout.portrait) {
      const p = layout.portrait;
      img
        .setOrigin(0, 0)
        .setPosition(p.x, p.y)
        .setScale(p.h / img.height);
      this.layer.add(img);
      this.portrait = img.texture.key;
      this.portraitBox = p;
    } else img?.destroy();
    if (layout.tag) {
      const tag = layout.tag;
      this.layer.add([
        scene.add
          .graphics()
          .fillStyle(who ? hexToNumber(who.color) : COLOR.accent, 1)
          .fillRoundedRect(tag.x, tag.y, tag.w, tag.h, 12),
        this.tools.label(tag.x + 16, tag.y + 8, packText(who?.name), {
          size: TYPE.name,
          bold: true,
          color: INK,
        }),
      ]);
    }
    if (view.kind === 'choice') this.drawChoice(view, layout);
    else if (view.kind !== 'ending') {
      this.typeText(this.textOf(view), layout.text, view.kind !== 'line', frame.typed);
      this.drawNext(layout);
    }
  }

  private readonly measure: Measure = (text, size, wrap, bold) => {
    const probe = this.tools.label(0, 0, text, { size, bold, wrap });
    const h = probe.height;
    probe.destroy();
    return h;
  };

  /** The text the box shows: the line, narration or consequence, or the choice's prompt. */
  private textOf(view: SkitView): string {
    switch (view.kind) {
      case 'line':
      case 'narration':
        return packText(view.node.text);
      case 'consequence':
        return packText(view.chosen.option.consequence);
      case 'choice':
        return packText(view.node.prompt) || t('skit.whatNow');
      case 'ending':
        return '';
    }
  }

  private buttonAt(
    id: string,
    b: Box,
    text: string,
    onActivate: () => void,
    style: ButtonStyle,
  ): Button {
    const made = this.tools.button(id, b, text, onActivate, style);
    this.layer.add(made);
    return made;
  }

  private drawTop(layout: StageLayout, frame: StageFrame): void {
    const on = this.input;
    this.buttonAt('back', layout.back, '←', on.back, { fontSize: 22 }).setEnabled(frame.canGoBack);
    this.buttonAt('history', layout.history, t('skit.history'), on.history, { fontSize: 16 });
    this.buttonAt(
      'auto',
      layout.auto,
      frame.autoOn ? t('skit.autoOn') : t('skit.auto'),
      on.toggleAuto,
      { fontSize: 16, ...(frame.autoOn ? { fill: COLOR.accent, textColor: INK } : {}) },
    );
    this.buttonAt('menu', layout.menu, '☰', on.menu, { fontSize: 22 });
  }

  private drawChoice(view: Extract<SkitView, { kind: 'choice' }>, layout: StageLayout): void {
    const { text } = layout;
    this.layer.add(
      this.tools.label(text.x, text.y, this.textOf(view), {
        size: TYPE.prompt,
        bold: true,
        color: INK,
        wrap: text.w,
      }),
    );
    view.visibleOptions.forEach((o, i) => {
      const b = layout.options[i];
      if (!b) return;
      this.buttonAt(
        `option-${o.index}`,
        b,
        packText(o.option.text),
        () => {
          this.input.choose(o.index);
        },
        { fontSize: TYPE.option, fill: COLOR.background },
      );
    });
  }

  /** "Next", and the whole box as a place to tap. */
  private drawNext(layout: StageLayout): void {
    const { box, next } = layout;
    const zone = this.tools.scene.add
      .zone(box.x, box.y, box.w, box.h)
      .setOrigin(0)
      .setInteractive();
    zone.on('pointerup', this.input.goOn);
    this.layer.add(zone);
    if (next)
      this.buttonAt('continue', next, t('skit.continue'), this.input.goOn, {
        fontSize: TYPE.option,
        fill: COLOR.accent,
        textColor: INK,
      });
  }

  /** Types `text` out from its `from`th character (all at once with reduced motion). */
  private typeText(text: string, at: Box, italic: boolean, from: number): void {
    this.fullText = text;
    const start = this.tools.reducedMotion ? text.length : Math.min(from, text.length);
    const obj = this.tools.label(at.x, at.y, text.slice(0, start), {
      size: TYPE.line,
      color: italic ? '#31406b' : INK,
      wrap: at.w,
    });
    this.textObj = obj;
    this.layer.add(obj);
    if (start >= text.length) {
      this.input.whole();
      return;
    }
    let n = start;
    this.typing = this.tools.scene.time.addEvent({
      delay: TYPE_MS_PER_CHAR,
      repeat: text.length - start - 1,
      callback: () => {
        n++;
        obj.setText(text.slice(0, n));
        if (n >= text.length) {
          this.typing = null;
          this.input.whole();
        }
      },
    });
  }
}
