import Phaser from '../shared/engine/phaser-lite';
import { SessionController } from '../shared/session/session-controller';
import { SOLO_QUIZ } from '../core/activities';
import { SOLO_SCORING } from '../core/quiz/scoring';
import {
  currentSoloQuestion,
  tilesInBank,
  type SoloAction,
  type SoloEvent,
  type SoloState,
} from '../core/quiz/solo';
import type { Pack, PackQuestion } from '../content/pack-types';
import { packText, t } from '../shared/i18n';
import { AnswerInput } from './answer-input';
import { fadeInOver, flyCell, type Fade, type Flight } from './flyer';
import type { Button } from '../shared/ui/button';
import { drawPicture, loadPictureTextures, pictureBackdrop } from '../shared/ui/picture-view';
import { COLOR, CSS_COLOR, FONT_FAMILY } from '../shared/ui/theme';
import { declareDrawBox, drawStillPartsOnce, pictureAlone } from '../shared/engine/still-parts';
import { WAKE_FRAMES } from '../shared/engine/idle-frames';
import { BaseScene } from '../shared/engine/base-scene';
import { SCENE, STORE_KEY } from '../shared/keys';
import { packRef } from '../shared/session/pack-ref';
import { resumeSoloQuiz, type SoloController } from '../shared/session/solo-session';

/** Narrowest hint/skip button that still fits its label ("Reveal a letter") in two lines of 16 px. */
const ACTION_MIN_W = 140;
/** Smallest letter tile (a thumb's width) and the gap between tiles. */
const TILE_MIN = 44;
const TILE_GAP = 6;
/** How long a placed letter flies from its tile to its slot (ms). */
const FLIGHT_MS = 140;
/** How long the explanation card fades in (ms). */
const CARD_FADE_MS = 200;
/**
 * The card's alpha on the canvas while its picture fades in over it: no pixel shows it, yet
 * Phaser counts it as drawn, so a tap on "next" during the fade is taken.
 */
const UNSEEN_ALPHA = 1 / 512;

/** Columns and rows of the tile bank: up to 8 a row, never more than fit `width` at TILE_MIN. */
export function bankGrid(tiles: number, width: number): { cols: number; rows: number } {
  const fit = Math.max(1, Math.floor((width + TILE_GAP) / (TILE_MIN + TILE_GAP)));
  const cols = Math.min(8, fit, Math.max(5, Math.ceil(tiles / 3)));
  return { cols, rows: Math.max(1, Math.ceil(tiles / cols)) };
}

interface QuizData {
  readonly resume?: boolean;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface HeaderView {
  readonly progress: Phaser.GameObjects.Text;
  readonly score: Phaser.GameObjects.Text;
  readonly streak: Phaser.GameObjects.Text;
}

/** One answer slot: its empty look, the cell a letter shows in, and its tap area. */
interface SlotView {
  readonly empty: Phaser.GameObjects.Graphics;
  readonly cell: Phaser.GameObjects.Container;
  readonly cellBg: Phaser.GameObjects.Graphics;
  readonly letter: Phaser.GameObjects.Text;
  readonly hit: Phaser.GameObjects.Zone;
  /** The tile it shows (null: none; undefined: not shown yet), to redraw only what changes. */
  tile: number | null | undefined;
  /** Whether its cell has the locked look (undefined: not drawn yet). */
  lockedLook: boolean | undefined;
}

/** One bank tile: up (in the bank, tappable) or down (placed: an empty cell). */
interface TileView {
  readonly up: Phaser.GameObjects.Graphics;
  readonly letter: Phaser.GameObjects.Text;
  readonly hit: Phaser.GameObjects.Zone;
  readonly down: Phaser.GameObjects.Graphics;
}

/** The board of one question's layout: rebuilt when the question or its bank changes. */
interface BoardView {
  /** Question, visible tiles and screen size: a different key means a different layout. */
  readonly key: string;
  readonly slots: SlotView[];
  readonly tiles: Map<number, TileView>;
  readonly actions: Button[];
  readonly slotSize: number;
}

/** A question's explanation card, made hidden ahead of the answer (see `prepareCard`). */
interface CardView {
  readonly questionId: string;
  /** The dim over the board and the card: shown at once. */
  readonly container: Phaser.GameObjects.Container;
  /** The card itself, inside `container`: what fades in. */
  readonly panel: Phaser.GameObjects.Container;
  readonly box: Box;
  readonly header: Phaser.GameObjects.Graphics;
  readonly title: Phaser.GameObjects.Text;
  readonly next: Button;
}

/** The solo picture-word puzzle: picture, answer slots per word, a bank of letter tiles. */
export class QuizScene extends BaseScene {
  private session!: SoloController;
  private pack!: Pack;
  private board!: Phaser.GameObjects.Container;
  private header!: Phaser.GameObjects.Container;
  private pictureLayer!: Phaser.GameObjects.Container;
  private card: CardView | null = null;
  /** What the header shows (index, total, score, streak), to skip it when unchanged. */
  private headerKey = '';
  /** The card's showing, waiting for a letter's flight to end. */
  private feedbackLater: Phaser.Time.TimerEvent | null = null;
  private answerInput: AnswerInput | null = null;
  private tileBoxes = new Map<number, Box>();
  private slotBoxes: Box[] = [];
  /** The board's objects, kept from tap to tap and updated (rebuilt for a new layout only). */
  private headerView: HeaderView | null = null;
  private boardView: BoardView | null = null;
  private shownQuestion = '';
  /** The slot that has just been filled, so its letter flies in on the next draw. */
  private flying: { slot: number } | null = null;
  /** Letters flying to their slots over the canvas, by slot (see `flyIn`). */
  private flights = new Map<number, Flight>();
  /** The card's fade, drawn by the compositor over the canvas (see `fadeCardIn`). */
  private cardFade: Fade | null = null;
  private layoutBoxes!: { picture: Box; slots: Box; bank: Box; actions: Box };

  constructor() {
    super(SCENE.quiz);
  }

  create(data: QuizData): void {
    this.setupView();
    drawStillPartsOnce(this);
    const pack = this.services.pack;
    if (!pack?.quiz) {
      this.scene.start(SCENE.menu, {});
      return;
    }
    this.pack = pack;
    const ref = packRef(pack);
    const resumed = data.resume ? resumeSoloQuiz(pack, this.services.store) : null;
    const now = Date.now();
    this.session =
      resumed && resumed.state.phase !== 'finished'
        ? resumed
        : SessionController.start(
            SOLO_QUIZ,
            pack.quiz,
            this.services.store,
            STORE_KEY.soloSession,
            ref,
            now % 2147483647,
            now,
            {
              questionCount: Math.min(10, pack.quiz.questions.length),
            },
          );
    this.computeLayout();
    this.header = this.add.container(0, 0);
    this.pictureLayer = this.add.container(0, 0);
    this.board = this.add.container(0, 0);
    this.answerInput = null;
    this.card = null;
    this.feedbackLater = null;
    this.headerView = null;
    this.headerKey = '';
    this.boardView = null;
    this.shownQuestion = '';
    this.flying = null;
    this.flights = new Map();
    this.events.once('shutdown', () => {
      this.answerInput?.destroy();
      this.answerInput = null;
      this.clearFlights();
      this.cardFade?.remove();
      this.cardFade = null;
    });
    this.renderAll();
    this.setupKeys();
  }

  private get question(): PackQuestion | null {
    return currentSoloQuestion(
      this.pack.quiz ?? { questions: [] },
      this.session.state,
    ) as PackQuestion | null;
  }

  /** Boxes for the picture, slots, bank and buttons; the bank gets the rows its tiles need. */
  private computeLayout(): void {
    const pad = 12;
    const top = 64;
    const tiles = this.session.state.puzzle?.bank.length ?? 21;
    if (this.isPortrait) {
      const w = this.vw - pad * 2;
      // The bank may use the screen's width but for 8 px each side, so 7 thumb-sized tiles fit
      // a row of a 360 px phone.
      const bankW = this.vw - 16;
      // Four hint/skip buttons in a row need room for their two-line labels; else two rows.
      const actionsH = w / 4 >= ACTION_MIN_W ? 52 : 52 * 2 + 8;
      const actions = { x: pad, y: this.vh - pad - actionsH, w, h: actionsH };
      const slotsH = Math.max(96, this.vh * 0.16);
      // The bank keeps room for three rows of thumb-sized tiles; the picture takes the rest.
      const bankMin = bankGrid(tiles, bankW).rows * (TILE_MIN + TILE_GAP) + 8;
      const pictureH = Math.max(
        120,
        Math.min(w * 0.72, actions.y - 10 - bankMin - 6 - slotsH - 10 - top),
      );
      const picture = { x: pad, y: top, w, h: pictureH };
      const slots = { x: pad, y: top + pictureH + 10, w, h: slotsH };
      const bank = {
        x: 8,
        y: slots.y + slots.h + 6,
        w: bankW,
        h: actions.y - (slots.y + slots.h) - 12,
      };
      this.layoutBoxes = { picture, slots, bank, actions };
    } else {
      const left = Math.min(this.vw * 0.5, (this.vh - top - pad) * 1.25);
      const picture = { x: pad, y: top, w: left - pad, h: this.vh - top - pad };
      const rx = left + pad;
      const rw = this.vw - rx - pad;
      const slots = { x: rx, y: top, w: rw, h: (this.vh - top) * 0.3 };
      const actionsH = rw / 4 >= ACTION_MIN_W ? 52 : 52 * 2 + 8;
      const actions = { x: rx, y: this.vh - 12 - actionsH, w: rw, h: actionsH };
      const bank = {
        x: rx,
        y: slots.y + slots.h + 8,
        w: rw,
        h: actions.y - (slots.y + slots.h) - 16,
      };
      this.layoutBoxes = { picture, slots, bank, actions };
    }
  }

  private renderAll(): void {
    const state = this.session.state;
    if (state.phase === 'finished') {
      this.scene.start(SCENE.results, {});
      return;
    }
    this.renderHeader();
    const q = this.question;
    if (q && q.id !== this.shownQuestion) {
      this.shownQuestion = q.id;
      this.computeLayout();
      void this.renderPicture(q);
      this.announceQuestion(q);
      this.prepareCard();
    }
    this.renderBoard();
    if (state.phase === 'feedback') this.showFeedback();
  }

  /** The menu button, progress, score and streak: made once, their texts updated. */
  private renderHeader(): void {
    const s = this.session.state;
    // Most taps change none of it: nothing to format or compare then.
    const key = `${String(s.index)}/${String(s.order.length)} ${String(s.score)} ${String(s.streak)}`;
    if (this.headerView && key === this.headerKey) return;
    this.headerKey = key;
    const progress = t('quiz.progress', {
      n: Math.min(s.index + 1, s.order.length),
      total: s.order.length,
    });
    const score = t('quiz.score', { score: s.score });
    const streak = t('quiz.streak', { n: s.streak });
    if (this.headerView) {
      // setText redraws a text only when it differs.
      this.headerView.progress.setText(progress);
      this.headerView.score.setText(score);
      this.headerView.streak.setText(streak);
      return;
    }
    const menu = this.button(
      'menu',
      36,
      32,
      56,
      44,
      '☰',
      () => {
        this.scene.start(SCENE.menu, {});
      },
      { fontSize: 22 },
    );
    this.headerView = {
      progress: this.label(72, 18, progress, { size: 18, bold: true }),
      score: this.label(this.vw - 12, 8, score, {
        size: 20,
        bold: true,
        color: '#ffc83d',
        align: 'right',
      }).setOrigin(1, 0),
      streak: this.label(this.vw - 12, 34, streak, {
        size: 16,
        color: '#c9d6f0',
        align: 'right',
      }).setOrigin(1, 0),
    };
    this.header.add([
      menu,
      this.headerView.progress,
      this.headerView.score,
      this.headerView.streak,
    ]);
  }

  private async renderPicture(q: PackQuestion): Promise<void> {
    const box = this.layoutBoxes.picture;
    this.pictureLayer.removeAll(true);
    this.pictureLayer.add(pictureBackdrop(this, box.x, box.y, box.w, box.h));
    const px = Math.round(Math.min(box.w, box.h) * this.ratio);
    await loadPictureTextures(
      this,
      this.pack,
      q.picture,
      q.picture.kind === 'file' ? px : Math.min(px, 512),
    );
    if (!this.scene.isActive() || this.question?.id !== q.id) return;
    this.pictureLayer.add(
      drawPicture(
        this,
        this.pack,
        q.picture,
        box.x + box.w / 2,
        box.y + box.h / 2,
        box.w - 16,
        box.h - 16,
        this.ratio,
      ),
    );
  }

  /**
   * Shows the state on the board. A tap changes a slot or two and a tile: those objects are
   * updated in place (a letter's text set, a look shown or hidden), so a tap no longer makes
   * some fifty new objects (every letter a new Text); the board is built again only for a new
   * question, when decoys leave the bank, or for a new screen size.
   */
  private renderBoard(): void {
    const s = this.session.state;
    const puzzle = s.puzzle;
    if (!puzzle) {
      this.clearBoard();
      return;
    }
    const visible = puzzle.bank.filter((tile) => !(s.decoysRemoved && tile.decoy));
    const key = [
      s.order[s.index] ?? '',
      s.index,
      visible.map((tile) => tile.id).join(','),
      this.vw,
      this.vh,
    ].join('|');
    if (this.boardView?.key !== key) this.boardView = this.buildBoard(key, visible);
    const view = this.boardView;
    this.buttons = this.buttons.filter((b) => b.active);
    const inBank = new Set(tilesInBank(s));
    for (const [id, tile] of view.tiles) {
      const up = inBank.has(id);
      tile.up.setVisible(up);
      tile.letter.setVisible(up);
      tile.down.setVisible(!up);
      if (tile.hit.input) tile.hit.input.enabled = up;
    }
    view.slots.forEach((slot, si) => {
      this.updateSlot(slot, si, view.slotSize);
    });
    const enabled = [true, !s.decoysRemoved && puzzle.bank.some((x) => x.decoy), true, true];
    view.actions.forEach((b, i) => b.setEnabled((enabled[i] ?? true) && s.phase === 'question'));
    this.focus.set(this.buttons.filter((b) => b.active));
    this.flying = null;
  }

  /** Shows slot `si`'s letter (or its empty look); a letter just placed flies in from its tile. */
  private updateSlot(slot: SlotView, si: number, size: number): void {
    const s = this.session.state;
    const tile = s.slots[si] ?? null;
    const box = this.slotBoxes[si];
    if (!box) return;
    const filled = tile !== null;
    if (slot.tile !== tile) this.land(si);
    slot.empty.setVisible(!filled);
    slot.cell.setVisible(filled && !this.flights.has(si));
    if (slot.hit.input) slot.hit.input.enabled = filled;
    if (filled) {
      const locked = s.lockedSlots.includes(si);
      slot.letter.setText(s.puzzle?.bank[tile]?.letter ?? '');
      if (slot.lockedLook !== locked) {
        slot.lockedLook = locked;
        slot.letter.setColor(locked ? '#ffffff' : '#14213d');
        slot.cellBg
          .clear()
          .fillStyle(locked ? COLOR.right : COLOR.slot, 1)
          .fillRoundedRect(0, 0, size, size, 8);
      }
    }
    if (slot.tile !== tile) {
      // A cell still flying to where it no longer belongs lands at once.
      this.tweens.killTweensOf(slot.cell);
      slot.cell.setPosition(box.x, box.y).setScale(1);
      const from = filled && this.flying?.slot === si ? this.tileBoxes.get(tile) : undefined;
      if (from) this.flyIn(si, slot, from, box);
    }
    slot.tile = tile;
  }

  /** Takes every flying letter off the screen at once. */
  private clearFlights(): void {
    for (const flight of this.flights.values()) flight.remove();
    this.flights.clear();
  }

  /** Destroys the board's objects (its action buttons too). */
  private clearBoard(): void {
    // Letters still flying belong to the board that goes.
    this.clearFlights();
    this.board.removeAll(true);
    this.buttons = this.buttons.filter((b) => b.active);
    this.boardView = null;
    this.tileBoxes.clear();
    this.slotBoxes = [];
  }

  /** Makes the slots, the bank's tiles and the action buttons of one layout, all shown empty. */
  private buildBoard(key: string, visible: readonly { id: number; letter: string }[]): BoardView {
    this.clearBoard();
    const s = this.session.state;
    const puzzle = s.puzzle;
    const slots: SlotView[] = [];
    const cells: Phaser.GameObjects.Container[] = [];
    const tiles = new Map<number, TileView>();
    if (!puzzle) return { key, slots, tiles, actions: [], slotSize: 0 };
    // Slots: one row per word when it fits; words wrap onto further rows.
    const sb = this.layoutBoxes.slots;
    const gap = 4;
    const wrap = (size: number): number[][] => {
      const rows: number[][] = [];
      let row: number[] = [];
      let used = 0;
      puzzle.words.forEach((word, wi) => {
        const width = word.length * (size + gap) + (row.length > 0 ? size * 0.6 : 0);
        if (row.length > 0 && used + width > sb.w) {
          rows.push(row);
          row = [];
          used = 0;
        }
        used += word.length * (size + gap) + (row.length > 0 ? size * 0.6 : 0);
        row.push(wi);
      });
      rows.push(row);
      return rows;
    };
    let size = 52;
    while (size > 28 && wrap(size).length * (size + 10) > sb.h) size -= 2;
    const rows = wrap(size);
    const rowH = size + 10;
    const firstSlotOfWord = puzzle.words.map((_, wi) =>
      puzzle.words.slice(0, wi).reduce((n, w) => n + w.length, 0),
    );
    const startY = sb.y + Math.max(0, (sb.h - rows.length * rowH) / 2);
    rows.forEach((wordsInRow, r) => {
      const totalW =
        wordsInRow.reduce((n, wi) => n + (puzzle.words[wi]?.length ?? 0) * (size + gap), 0) +
        (wordsInRow.length - 1) * size * 0.6;
      let x = sb.x + (sb.w - totalW) / 2;
      const y = startY + r * rowH;
      for (const wi of wordsInRow) {
        const word = puzzle.words[wi] ?? [];
        const slotIndex = firstSlotOfWord[wi] ?? 0;
        for (let li = 0; li < word.length; li++) {
          const si = slotIndex + li;
          this.slotBoxes[si] = { x, y, w: size, h: size };
          const empty = this.add
            .graphics()
            .fillStyle(COLOR.panelLight, 1)
            .fillRoundedRect(x, y, size, size, 8);
          declareDrawBox(empty, x, y, size, size);
          const cellBg = this.add.graphics();
          declareDrawBox(cellBg, 0, 0, size, size);
          const letter = this.label(size / 2, size / 2, '', {
            size: Math.round(size * 0.55),
            bold: true,
            color: '#14213d',
            align: 'center',
            width: size,
          }).setOrigin(0.5);
          const cell = this.add.container(x, y, [cellBg, letter]).setVisible(false);
          // Where a flying cell draws: still-parts.ts draws the screen again only there.
          declareDrawBox(cell, 0, 0, size, size);
          // The tap area spans the gaps around the slot: 44 px wide from a 40 px slot.
          const hit = this.add
            .zone(x - gap / 2, y - (rowH - size) / 2, size + gap, rowH)
            .setOrigin(0)
            .setInteractive();
          hit.on('pointerup', () => {
            this.act({ type: 'unplace', slot: si, at: Date.now() });
          });
          this.board.add([empty, hit]);
          cells.push(cell);
          slots[si] = { empty, cell, cellBg, letter, hit, tile: undefined, lockedLook: undefined };
          x += size + gap;
        }
        x += size * 0.6;
      }
    });
    // The bank: thumb-sized tiles in rows of up to 8.
    const bb = this.layoutBoxes.bank;
    const { cols, rows: bankRows } = bankGrid(visible.length, bb.w);
    const tg = TILE_GAP;
    const tsize = Math.max(
      TILE_MIN,
      Math.min(64, (bb.w - (cols - 1) * tg) / cols, bb.h / bankRows - tg),
    );
    const by = bb.y + Math.max(0, (bb.h - bankRows * (tsize + tg)) / 2);
    visible.forEach((tile, i) => {
      const r = Math.floor(i / cols);
      const inRow = Math.min(cols, visible.length - r * cols);
      const x = bb.x + (bb.w - (inRow * (tsize + tg) - tg)) / 2 + (i % cols) * (tsize + tg);
      const y = by + r * (tsize + tg);
      this.tileBoxes.set(tile.id, { x, y, w: tsize, h: tsize });
      const down = this.add
        .graphics()
        .fillStyle(COLOR.panel, 1)
        .fillRoundedRect(x, y, tsize, tsize, 10);
      const up = this.add.graphics();
      up.fillStyle(COLOR.shadow, 0.5).fillRoundedRect(x + 2, y + 4, tsize, tsize, 10);
      up.fillStyle(COLOR.tile, 1).fillRoundedRect(x, y, tsize, tsize, 10);
      declareDrawBox(down, x, y, tsize, tsize);
      declareDrawBox(up, x, y, tsize + 2, tsize + 4);
      const letter = this.label(x + tsize / 2, y + tsize / 2, tile.letter, {
        size: Math.round(tsize * 0.5),
        bold: true,
        color: '#14213d',
      }).setOrigin(0.5);
      const hit = this.add.zone(x, y, tsize, tsize).setOrigin(0).setInteractive();
      hit.on('pointerup', () => {
        this.act({ type: 'place', tile: tile.id, at: Date.now() });
      });
      this.board.add([down, up, letter, hit]);
      tiles.set(tile.id, { up, letter, hit, down });
    });
    // Actions: hints with their cost, skip, type.
    const ab = this.layoutBoxes.actions;
    const labels: [string, string, () => void][] = [
      [
        'hint-letter',
        t('quiz.hintLetter', { cost: SOLO_SCORING.revealLetterCost }),
        () => {
          this.act({ type: 'hint', hint: 'reveal-letter', at: Date.now() });
        },
      ],
      [
        'hint-decoys',
        t('quiz.hintDecoys', { cost: SOLO_SCORING.removeDecoysCost }),
        () => {
          this.act({ type: 'hint', hint: 'remove-decoys', at: Date.now() });
        },
      ],
      [
        'type',
        t('quiz.type'),
        () => {
          this.openInput();
        },
      ],
      [
        'skip',
        t('quiz.skip'),
        () => {
          this.act({ type: 'skip', at: Date.now() });
        },
      ],
    ];
    const actionCols = ab.h > 60 ? 2 : labels.length;
    const bw = (ab.w - 8 * (actionCols - 1)) / actionCols;
    const bh = ab.h > 60 ? (ab.h - 8) / 2 : ab.h;
    const actions = labels.map(([id, text, fn], i) => {
      const x = ab.x + bw / 2 + (i % actionCols) * (bw + 8);
      const y = ab.y + bh / 2 + Math.floor(i / actionCols) * (bh + 8);
      const b = this.button(id, x, y, bw, bh, text, fn, { fontSize: 16 });
      this.board.add(b);
      return b;
    });
    // Letters in slots are drawn above everything else on the board, so one flying in from its
    // tile passes over the tiles and slots on its way.
    this.board.add(cells);
    return { key, slots, tiles, actions, slotSize: size };
  }

  private act(action: SoloAction): void {
    const before = this.session.state;
    const step = this.session.dispatch(action, 'player');
    if (!step.ok) {
      if (step.refusal.code !== 'slot-empty') this.services.sound.play('tap');
      return;
    }
    for (const e of step.events) this.react(e, before);
    if (!this.session.saving) this.announce('storage.notSaving');
    this.renderAll();
  }

  private react(e: SoloEvent, before: SoloState): void {
    const sound = this.services.sound;
    switch (e.type) {
      case 'tile-placed':
        this.flying = { slot: e.slot };
        sound.play('tile');
        break;
      case 'tile-returned':
        sound.play('tap');
        break;
      case 'answer-right':
        sound.play('right');
        sound.vibrate(40);
        this.answerInput?.destroy();
        this.answerInput = null;
        this.announce('announce.right', {
          answer: this.question?.answer ?? '',
          points: e.points,
          score: this.session.state.score,
        });
        break;
      case 'answer-wrong':
        sound.play('wrong');
        sound.vibrate([60, 40, 60]);
        this.shakeSlots();
        this.announce('announce.wrong', { score: before.score });
        break;
      case 'hint-used':
        sound.play('hint');
        this.announce(e.hint === 'reveal-letter' ? 'announce.hintLetter' : 'announce.hintDecoys', {
          cost: e.cost,
        });
        break;
      case 'skipped':
        sound.play('reveal');
        this.answerInput?.destroy();
        this.answerInput = null;
        this.announce('announce.skipped', { answer: this.question?.answer ?? '' });
        break;
      case 'question-shown':
      case 'finished':
        break;
    }
  }

  /**
   * A placed letter flies from its tile into its slot (not when the player asks for less
   * motion): as an element over the canvas that the browser's compositor moves (ui/flyer.ts),
   * its cell on the canvas hidden until it lands; where elements cannot be animated, the cell
   * itself by a tween.
   */
  private flyIn(si: number, slot: SlotView, from: Box, to: Box): void {
    this.flying = null;
    if (this.services.reducedMotion) return;
    const cell = slot.cell;
    const parent = this.game.canvas.parentElement;
    const css = (b: Box): Box => ({
      x: b.x * this.uiScale,
      y: b.y * this.uiScale,
      w: b.w * this.uiScale,
      h: b.h * this.uiScale,
    });
    const letter = slot.letter;
    const flight = parent
      ? flyCell(
          parent,
          {
            background: slot.lockedLook ? CSS_COLOR.right : CSS_COLOR.slot,
            radius: 8 * this.uiScale,
            glyph: letter.canvas,
            glyphBox: css({
              x: letter.x - letter.displayOriginX,
              y: letter.y - letter.displayOriginY,
              w: letter.width,
              h: letter.height,
            }),
          },
          css(from),
          css(to),
          FLIGHT_MS,
        )
      : null;
    if (flight) {
      this.flights.set(si, flight);
      cell.setVisible(false);
      void flight.done.then(() => {
        this.land(si, flight);
      });
      return;
    }
    cell.setPosition(from.x, from.y).setScale(from.w / to.w);
    this.tweens.add({
      targets: cell,
      x: to.x,
      y: to.y,
      scale: 1,
      duration: FLIGHT_MS,
      ease: 'Quad.easeOut',
    });
  }

  /**
   * Ends slot `si`'s flight (only `which`, when given): its cell shows on the canvas again, and
   * the flying element goes once a frame has drawn it there, so the letter never blinks.
   */
  private land(si: number, which?: Flight): void {
    const flight = this.flights.get(si);
    if (!flight || (which && flight !== which)) return;
    this.flights.delete(si);
    if (!this.sys.isActive()) {
      flight.remove();
      return;
    }
    const slot = this.boardView?.slots[si];
    const s = this.session.state;
    if (slot) slot.cell.setVisible((s.slots[si] ?? null) !== null);
    this.removeOnceDrawn(flight);
  }

  /**
   * Takes an animation's element away after the next frame, which draws on the canvas what it
   * showed: the two are on screen together for that frame, so nothing blinks.
   */
  private removeOnceDrawn(over: Flight): void {
    this.game.events.once('postrender', () => {
      over.remove();
    });
    this.game.events.emit(WAKE_FRAMES);
  }

  private shakeSlots(): void {
    if (this.services.reducedMotion) return;
    this.tweens.add({
      targets: this.board,
      x: { from: -10, to: 0 },
      duration: 300,
      ease: 'Elastic.easeOut',
    });
  }

  private announceQuestion(q: PackQuestion): void {
    const s = this.session.state;
    const words = s.puzzle?.words ?? [];
    this.announce('announce.question', {
      n: s.index + 1,
      total: s.order.length,
      picture: packText(q.picture.alt),
      words: words.length,
      letters: words.reduce((n, w) => n + w.length, 0),
      score: s.score,
    });
  }

  /**
   * Shows the explanation card of the question just answered or skipped: the one made ahead
   * while the player was thinking (`prepareCard`), else made now. Only its title and its
   * header's colour depend on how the question ended.
   */
  private showFeedback(): void {
    const q = this.question;
    const s = this.session.state;
    const result = s.results[s.results.length - 1];
    if (!q || !result) return;
    // The last letter lands first (its flight is shorter than a blink): the card then fades in
    // over a board that is all still, and the letter does not fly over the card's dim.
    if (this.tweens.getTweens().length > 0 || this.flights.size > 0) {
      if (!this.feedbackLater) {
        this.feedbackLater = this.time.delayedCall(FLIGHT_MS + 10, () => {
          this.feedbackLater = null;
          if (this.session.state.phase === 'feedback') this.showFeedback();
        });
      }
      return;
    }
    if (this.card?.questionId !== q.id) {
      this.dropCard();
      this.card = this.buildCard(q);
    }
    const card = this.card;
    // Shown already (a render while the card is up).
    if (card.container.visible) return;
    const right = result.outcome === 'right';
    const { x, y, w } = card.box;
    card.header
      .clear()
      .fillStyle(right ? COLOR.right : COLOR.accent, 1)
      .fillRoundedRect(x, y, w, 64, { tl: 20, tr: 20, bl: 0, br: 0 });
    card.title
      .setText(right ? t('quiz.right', { points: result.points }) : t('quiz.skipped'))
      .setColor(right ? '#ffffff' : '#14213d');
    card.container.setVisible(true);
    this.focus.set([card.next], true);
    if (!this.services.reducedMotion && !this.fadeCardIn(card))
      // From nothing at once: the tween's first step may come after this frame is drawn.
      this.tweens.add({
        targets: card.panel.setAlpha(0),
        alpha: { from: 0, to: 1 },
        duration: CARD_FADE_MS,
      });
    this.announce('announce.explanation', { text: packText(q.explanation) });
  }

  /**
   * Makes the open question's card, hidden, once the browser is idle after the question is
   * shown: a card's texts (the wrapped explanation above all) cost a slow phone a long frame,
   * which would otherwise fall on the tap that completes the answer, while its letter flies.
   */
  private prepareCard(): void {
    const id = this.shownQuestion;
    const make = (): void => {
      const q = this.question;
      if (!this.sys.isActive() || !q || q.id !== id || this.card?.questionId === id) return;
      if (this.session.state.phase !== 'question') return;
      this.dropCard();
      this.card = this.buildCard(q);
    };
    // Safari before 18 has no requestIdleCallback: half a second after the question shows.
    if ((window as Partial<Window>).requestIdleCallback)
      window.requestIdleCallback(make, { timeout: 3000 });
    else window.setTimeout(make, 500);
  }

  /**
   * Fades the card in as a picture of it over the canvas, which the browser's compositor fades
   * (ui/flyer.ts): the fade keeps its frames while the page's script works (a tap on "next"
   * builds the next question). Meanwhile the card on the canvas is all but transparent
   * (`UNSEEN_ALPHA`); when the fade ends it is drawn opaque and the picture goes after that
   * frame. False when the picture cannot be made or faded: the caller then tweens its alpha.
   */
  private fadeCardIn(card: CardView): boolean {
    const canvas = this.game.canvas;
    const parent = canvas.parentElement;
    if (!parent) return false;
    card.panel.setAlpha(1);
    const picture = pictureAlone(this, card.panel);
    if (!picture) return false;
    // The game canvas's pixels per CSS pixel.
    const scale = canvas.width / (canvas.clientWidth || canvas.width);
    // Whole pixels of the game canvas: the picture then lies on the canvas's own pixel grid.
    const x = Math.floor(picture.box.x);
    const y = Math.floor(picture.box.y);
    const w = Math.ceil(picture.box.x + picture.box.w) - x;
    const h = Math.ceil(picture.box.y + picture.box.h) - y;
    const fade = fadeInOver(
      parent,
      picture.canvas,
      { x, y, w, h },
      {
        x: canvas.offsetLeft + x / scale,
        y: canvas.offsetTop + y / scale,
        w: w / scale,
        h: h / scale,
      },
      CARD_FADE_MS,
    );
    if (!fade) return false;
    card.panel.setAlpha(UNSEEN_ALPHA);
    this.cardFade = fade;
    void fade.done.then(() => {
      if (this.cardFade !== fade) return;
      this.cardFade = null;
      card.panel.setAlpha(1);
      this.removeOnceDrawn(fade);
    });
    return true;
  }

  /** Destroys the card, and its fade if it is still fading in (nothing is left moving). */
  private dropCard(): void {
    this.cardFade?.remove();
    this.cardFade = null;
    if (!this.card) return;
    this.tweens.killTweensOf(this.card.panel);
    this.card.container.destroy();
    this.card = null;
  }

  /** The card for `q`, hidden: a dim over the board, the answer, the explanation, "next". */
  private buildCard(q: PackQuestion): CardView {
    const s = this.session.state;
    const w = Math.min(560, this.vw - 24);
    // The answer may wrap (long answers, narrow screens): the explanation goes below it, and the
    // card is as tall as what it holds.
    const answer = this.label(0, 0, q.answer.toLocaleUpperCase('vi'), {
      size: 26,
      bold: true,
      color: '#14213d',
      align: 'center',
      wrap: w - 32,
    }).setOrigin(0.5, 0);
    const explanation = this.label(0, 0, packText(q.explanation), {
      size: 18,
      color: '#14213d',
      wrap: w - 40,
    });
    const h = Math.min(
      this.vh - 24,
      Math.max(320, 64 + 20 + answer.height + 14 + explanation.height + 24 + 52 + 20),
    );
    const x = (this.vw - w) / 2;
    const y = (this.vh - h) / 2;
    answer.setPosition(x + w / 2, y + 84);
    explanation.setPosition(x + 20, answer.y + answer.height + 14);
    const container = this.add.container(0, 0).setVisible(false);
    const dim = this.add
      .rectangle(0, 0, this.vw, this.vh, 0x000000, 0.55)
      .setOrigin(0)
      .setInteractive();
    const body = this.add.graphics().fillStyle(0xffffff, 1).fillRoundedRect(x, y, w, h, 20);
    const header = this.add.graphics();
    declareDrawBox(body, x, y, w, h);
    declareDrawBox(header, x, y, w, 64);
    const title = this.label(x + w / 2, y + 32, '', {
      size: 24,
      bold: true,
      align: 'center',
    }).setOrigin(0.5);
    const last = s.index + 1 >= s.order.length;
    const next = this.button(
      'next',
      x + w / 2,
      y + h - 40,
      Math.min(280, w - 40),
      52,
      last ? t('quiz.seeResults') : t('quiz.next'),
      () => {
        this.dropCard();
        this.act({ type: 'next', at: Date.now() });
      },
      { fill: COLOR.background },
    );
    // The card fades in over a dim shown at once: only the card's box is drawn again while it
    // fades (still-parts.ts), and the card is drawn once for the whole fade.
    const panel = this.add.container(0, 0, [body, header, title, answer, explanation, next]);
    declareDrawBox(panel, x, y, w, h);
    container.add([dim, panel]);
    return { questionId: q.id, container, panel, box: { x, y, w, h }, header, title, next };
  }

  private openInput(): void {
    if (this.answerInput) return;
    this.answerInput = new AnswerInput(
      t('quiz.typePlaceholder'),
      t('quiz.check'),
      t('common.close'),
      (text) => {
        this.act({ type: 'submit-text', text, at: Date.now() });
      },
      () => {
        this.answerInput?.destroy();
        this.answerInput = null;
      },
    );
  }

  private setupKeys(): void {
    const onKey = (e: KeyboardEvent): void => {
      if (this.answerInput || this.session.state.phase !== 'question') return;
      if (e.key === 'Backspace') {
        e.preventDefault();
        this.act({ type: 'backspace', at: Date.now() });
      } else if (/^[\p{L}\p{N}]$/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
        this.act({ type: 'type-letter', letter: e.key, at: Date.now() });
      }
    };
    this.input.keyboard?.on('keydown', onKey);
    this.events.once('shutdown', () => this.input.keyboard?.off('keydown', onKey));
  }

  override testState(): unknown {
    const s = this.session.state;
    const puzzle = s.puzzle;
    return {
      phase: s.phase,
      index: s.index,
      total: s.order.length,
      questionId: s.order[s.index] ?? null,
      score: s.score,
      streak: s.streak,
      slots: s.slots.map((tile) => (tile === null ? null : (puzzle?.bank[tile]?.letter ?? null))),
      locked: s.lockedSlots,
      wrongAttempts: s.wrongAttempts,
      tiles: [...this.tileBoxes.entries()]
        .filter(([id]) => tilesInBank(s).includes(id))
        .map(([id, b]) => ({
          id,
          letter: puzzle?.bank[id]?.letter ?? '',
          x: this.toCss(b.x + b.w / 2),
          y: this.toCss(b.y + b.h / 2),
        })),
      slotBoxes: this.slotBoxes.map((b) => ({
        x: this.toCss(b.x + b.w / 2),
        y: this.toCss(b.y + b.h / 2),
      })),
      inputOpen: this.answerInput !== null,
      // How far the explanation card has faded in (null while it is not shown).
      cardAlpha: this.card?.container.visible
        ? (this.cardFade?.progress() ?? this.card.panel.alpha)
        : null,
      fontFamily: FONT_FAMILY,
    };
  }
}
