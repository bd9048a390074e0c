import type Phaser from 'phaser';
import { slotsFullAndWrong, tilesInBank, type SoloState } from '../core/quiz/solo';
import type { MakeLabel } from '../shared/engine/base-scene';
import { WAKE_FRAMES } from '../shared/engine/idle-frames';
import { COLOR, CSS_COLOR } from '../shared/ui/theme';
import { flyCell, type Flight } from './flyer';
import { bankLayout, slotLayout, type Box, type QuizAreas } from './quiz-layout';

/** How long a placed letter flies from its tile to its slot (ms). */
export const FLIGHT_MS = 140;

export interface BoardInput {
  /** A tap on the bank's tile `tile`. */
  place(tile: number): void;
  /** A tap on the answer slot `slot`. */
  unplace(slot: number): void;
}

export interface BoardOptions {
  /** CSS pixels per world unit: where the flying letter goes over the canvas. */
  readonly uiScale: number;
  readonly reducedMotion: boolean;
}

/** One answer slot: its empty look, the cell its letter shows in, and its tap area. */
interface SlotView {
  readonly size: number;
  readonly empty: Phaser.GameObjects.Graphics;
  readonly cell: Phaser.GameObjects.Container;
  readonly cellBg: Phaser.GameObjects.Graphics;
  readonly letter: Phaser.GameObjects.Text;
  readonly hit: Phaser.GameObjects.Zone;
  /** Which slot of the answer it shows now. */
  index: number;
  /** The tile it shows (null: none; undefined: not shown yet), to redraw only what changes. */
  tile: number | null | undefined;
  /** How its cell looks (undefined: not drawn yet). */
  look: SlotLook | undefined;
}

/** A filled slot: the player's letter, one a hint revealed, or part of a wrong answer. */
type SlotLook = 'placed' | 'locked' | 'wrong';

const SLOT_LOOK: Readonly<Record<SlotLook, { fill: number; text: string }>> = {
  placed: { fill: COLOR.slot, text: '#14213d' },
  locked: { fill: COLOR.right, text: '#ffffff' },
  wrong: { fill: COLOR.wrong, text: '#ffffff' },
};

/** One bank tile: up (in the bank, tappable) or down (placed: an empty cell). */
interface TileView {
  readonly size: number;
  readonly up: Phaser.GameObjects.Graphics;
  readonly down: Phaser.GameObjects.Graphics;
  readonly letter: Phaser.GameObjects.Text;
  readonly hit: Phaser.GameObjects.Zone;
  /** Which tile of the bank it shows now. */
  id: number;
}

function setTappable(hit: Phaser.GameObjects.Zone, on: boolean): void {
  if (hit.input) hit.input.enabled = on;
}

/**
 * The answer slots and the bank's tiles. Its objects are kept for the scene's life: a new
 * question moves them and sets their letters (a Text of a fixed width keeps its canvas), where
 * building them again made some fifty new texts on the tap on "next". A tap changes a slot or
 * two and a tile: those are updated in place. A letter just placed flies from its tile to its
 * slot over the canvas (`flyCell`), its cell on the canvas hidden until it lands.
 */
export class QuizBoard {
  /** Empty slots, tiles and tap areas; the letters in slots are drawn above, in `cells`. */
  private readonly layer: Phaser.GameObjects.Container;
  private readonly cells: Phaser.GameObjects.Container;
  private slots: SlotView[] = [];
  private spareSlots: SlotView[] = [];
  private tiles = new Map<number, TileView>();
  private spareTiles: TileView[] = [];
  private slotBoxes: readonly Box[] = [];
  private readonly tileBoxes = new Map<number, Box>();
  private flights = new Map<number, Flight>();
  /** The question, its visible tiles and the areas: a different key, a different layout. */
  private key = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly makeLabel: MakeLabel,
    private readonly input: BoardInput,
    private readonly options: BoardOptions,
  ) {
    this.layer = scene.add.container(0, 0);
    this.cells = scene.add.container(0, 0);
    scene.events.once('shutdown', () => {
      this.clearFlights();
    });
  }

  /**
   * Shows `state` in `areas`; `placed` is the slot a tile was just placed in (by the event that
   * says so), whose letter flies in from its tile.
   */
  show(state: SoloState, areas: QuizAreas, placed: number | null): void {
    const puzzle = state.puzzle;
    const visible = puzzle
      ? puzzle.bank.filter((tile) => !(state.decoysRemoved && tile.decoy))
      : [];
    const key = [
      state.order[state.index] ?? '',
      state.index,
      visible.map((tile) => tile.id).join(','),
      JSON.stringify(areas),
    ].join('|');
    if (key !== this.key) {
      this.key = key;
      this.layOut(puzzle?.words.map((w) => w.length) ?? [], visible, areas);
    }
    const inBank = new Set(tilesInBank(state));
    // Laid out for typing, the tiles would lie under the form: hidden until it closes.
    const shown = areas.form === undefined;
    for (const [id, view] of this.tiles) {
      const up = inBank.has(id) && shown;
      view.up.setVisible(up);
      view.letter.setVisible(up);
      view.down.setVisible(shown && !up);
      setTappable(view.hit, up);
    }
    const wrong = slotsFullAndWrong(state);
    this.slots.forEach((view, si) => {
      this.showSlot(view, state, si, placed === si, wrong);
    });
  }

  /**
   * Makes ready, while the player reads the card, the views `upcoming` (the state the tap on
   * "next" will bring) takes in `areas`: the tiles it lacks, their letters already drawn. The
   * tap then only moves views and shows them, where it made a score of new texts.
   */
  prepare(upcoming: SoloState, areas: QuizAreas): void {
    const puzzle = upcoming.puzzle;
    if (!puzzle) return;
    const slots = slotLayout(
      puzzle.words.map((w) => w.length),
      areas.slots,
    ).boxes;
    const tiles = bankLayout(puzzle.bank.length, areas.bank);
    const have = (views: readonly { size: number }[], size: number): number =>
      views.filter((v) => v.size === size).length;
    const slotViews = [...this.slots, ...this.spareSlots];
    for (const size of new Set(slots.map((b) => b.w))) {
      const missing = slots.filter((b) => b.w === size).length - have(slotViews, size);
      for (let i = 0; i < missing; i += 1) {
        const view = this.makeSlot(size);
        this.stowSlot(view);
        this.spareSlots.push(view);
      }
    }
    // A spare tile whose letter is already drawn is taken first (`take`): one a letter.
    const tileViews = [...this.tiles.values(), ...this.spareTiles];
    puzzle.bank.forEach((tile, i) => {
      const size = tiles[i]?.w;
      if (size === undefined) return;
      const drawn = tileViews.findIndex((v) => v.size === size && v.letter.text === tile.letter);
      if (drawn >= 0) {
        tileViews.splice(drawn, 1);
        return;
      }
      const view = this.makeTile(size);
      view.letter.setText(tile.letter);
      this.stowTile(view);
      this.spareTiles.push(view);
    });
  }

  /** The board shaken sideways (a wrong answer), unless the player asks for less motion. */
  shake(): void {
    if (this.options.reducedMotion) return;
    this.scene.tweens.add({
      targets: [this.layer, this.cells],
      x: { from: -10, to: 0 },
      duration: 300,
      ease: 'Elastic.easeOut',
    });
  }

  /** Tiles in the bank and the slots' centres, in world units, for the test hook. */
  boxes(state: SoloState): { tiles: { id: number; box: Box }[]; slots: readonly Box[] } {
    const inBank = new Set(tilesInBank(state));
    return {
      tiles: [...this.tileBoxes].filter(([id]) => inBank.has(id)).map(([id, box]) => ({ id, box })),
      slots: this.slotBoxes,
    };
  }

  /** Puts the slots and tiles of a new layout in place, reusing the objects of the last one. */
  private layOut(
    lengths: readonly number[],
    visible: readonly { id: number; letter: string }[],
    areas: QuizAreas,
  ): void {
    this.clearFlights();
    const slots = slotLayout(lengths, areas.slots);
    this.slotBoxes = slots.boxes;
    for (const view of this.slots) this.stowSlot(view);
    this.spareSlots.push(...this.slots);
    this.slots = slots.boxes.map((box, si) => {
      const view = this.take(this.spareSlots, box.w) ?? this.makeSlot(box.w);
      view.index = si;
      view.tile = undefined;
      view.empty
        .clear()
        .fillStyle(COLOR.panelLight, 1)
        .fillRoundedRect(box.x, box.y, box.w, box.h, 8)
        .setVisible(true);
      view.cell.setPosition(box.x, box.y).setScale(1);
      // The tap area spans the gaps around the slot: 44 px wide from a 40 px slot.
      view.hit
        .setPosition(box.x - slots.gap / 2, box.y - (slots.rowH - box.h) / 2)
        .setSize(box.w + slots.gap, slots.rowH);
      return view;
    });
    const tileBoxes = bankLayout(visible.length, areas.bank);
    this.tileBoxes.clear();
    for (const view of this.tiles.values()) this.stowTile(view);
    this.spareTiles.push(...this.tiles.values());
    this.tiles = new Map();
    visible.forEach((tile, i) => {
      const box = tileBoxes[i];
      if (!box) return;
      const view = this.take(this.spareTiles, box.w, tile.letter) ?? this.makeTile(box.w);
      view.id = tile.id;
      const { x, y, w } = box;
      view.down.clear().fillStyle(COLOR.panel, 1).fillRoundedRect(x, y, w, w, 10);
      view.up
        .clear()
        .fillStyle(COLOR.shadow, 0.5)
        .fillRoundedRect(x + 2, y + 4, w, w, 10)
        .fillStyle(COLOR.tile, 1)
        .fillRoundedRect(x, y, w, w, 10);
      view.letter.setText(tile.letter).setPosition(x + w / 2, y + w / 2);
      view.hit.setPosition(x, y);
      this.tileBoxes.set(tile.id, box);
      this.tiles.set(tile.id, view);
    });
  }

  /** A spare view `size` wide, taken out of `spares`: one showing `letter` first. */
  private take<V extends { size: number; letter: Phaser.GameObjects.Text }>(
    spares: V[],
    size: number,
    letter?: string,
  ): V | undefined {
    const same = spares.findIndex((v) => v.size === size && v.letter.text === letter);
    const i = same >= 0 ? same : spares.findIndex((v) => v.size === size);
    return i < 0 ? undefined : spares.splice(i, 1)[0];
  }

  /** Hides a slot that the new layout does not use (yet). */
  private stowSlot(view: SlotView): void {
    this.scene.tweens.killTweensOf(view.cell);
    view.empty.setVisible(false);
    view.cell.setVisible(false);
    setTappable(view.hit, false);
  }

  /** Hides a tile that the new layout does not use (yet). */
  private stowTile(view: TileView): void {
    view.up.setVisible(false);
    view.down.setVisible(false);
    view.letter.setVisible(false);
    setTappable(view.hit, false);
  }

  private makeSlot(size: number): SlotView {
    const empty = this.scene.add.graphics();
    const cellBg = this.scene.add.graphics();
    const letter = this.makeLabel(size / 2, size / 2, '', {
      size: Math.round(size * 0.55),
      bold: true,
      color: '#14213d',
      align: 'center',
      width: size,
    }).setOrigin(0.5);
    const cell = this.scene.add.container(0, 0, [cellBg, letter]).setVisible(false);
    const hit = this.scene.add.zone(0, 0, size, size).setOrigin(0).setInteractive();
    const view: SlotView = {
      size,
      empty,
      cell,
      cellBg,
      letter,
      hit,
      index: 0,
      tile: undefined,
      look: undefined,
    };
    hit.on('pointerup', () => {
      this.input.unplace(view.index);
    });
    this.layer.add([empty, hit]);
    this.cells.add(cell);
    return view;
  }

  private makeTile(size: number): TileView {
    const down = this.scene.add.graphics();
    const up = this.scene.add.graphics();
    const letter = this.makeLabel(0, 0, '', {
      size: Math.round(size * 0.5),
      bold: true,
      color: '#14213d',
      align: 'center',
      width: size,
    }).setOrigin(0.5);
    const hit = this.scene.add.zone(0, 0, size, size).setOrigin(0).setInteractive();
    const view: TileView = { size, up, down, letter, hit, id: -1 };
    hit.on('pointerup', () => {
      this.input.place(view.id);
    });
    this.layer.add([down, up, letter, hit]);
    return view;
  }

  /** Shows slot `si`'s letter (or its empty look); `flyIn`: it was just placed, and flies in. */
  private showSlot(
    view: SlotView,
    state: SoloState,
    si: number,
    flyIn: boolean,
    wrong: boolean,
  ): void {
    const tile = state.slots[si] ?? null;
    const box = this.slotBoxes[si];
    if (!box) return;
    const filled = tile !== null;
    const changed = view.tile !== tile;
    if (changed) this.land(si);
    view.empty.setVisible(!filled);
    view.cell.setVisible(filled && !this.flights.has(si));
    setTappable(view.hit, filled);
    if (filled) {
      const look: SlotLook = state.lockedSlots.includes(si) ? 'locked' : wrong ? 'wrong' : 'placed';
      view.letter.setText(state.puzzle?.bank[tile]?.letter ?? '');
      if (view.look !== look) {
        view.look = look;
        view.letter.setColor(SLOT_LOOK[look].text);
        view.cellBg
          .clear()
          .fillStyle(SLOT_LOOK[look].fill, 1)
          .fillRoundedRect(0, 0, view.size, view.size, 8);
      }
    }
    if (changed) {
      // A cell still flying to where it no longer belongs lands at once.
      this.scene.tweens.killTweensOf(view.cell);
      view.cell.setPosition(box.x, box.y).setScale(1);
      const from = filled && flyIn ? this.tileBoxes.get(tile) : undefined;
      if (from) this.flyIn(si, view, from, box);
    }
    view.tile = tile;
  }

  /**
   * Slot `si`'s letter flies from its tile (not when the player asks for less motion): as an
   * element over the canvas that the compositor moves, its cell on the canvas hidden until it
   * lands; where elements cannot be animated, the cell itself by a tween.
   */
  private flyIn(si: number, view: SlotView, from: Box, to: Box): void {
    if (this.options.reducedMotion) return;
    const scale = this.options.uiScale;
    const css = (b: Box): Box => ({
      x: b.x * scale,
      y: b.y * scale,
      w: b.w * scale,
      h: b.h * scale,
    });
    const parent = this.scene.game.canvas.parentElement;
    const letter = view.letter;
    const flight = parent
      ? flyCell(
          parent,
          {
            background: view.look === 'locked' ? CSS_COLOR.right : CSS_COLOR.slot,
            radius: 8 * scale,
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
      view.cell.setVisible(false);
      void flight.done.then(() => {
        this.land(si, flight);
      });
      return;
    }
    view.cell.setPosition(from.x, from.y).setScale(from.w / to.w);
    this.scene.tweens.add({
      targets: view.cell,
      x: to.x,
      y: to.y,
      scale: 1,
      duration: FLIGHT_MS,
      ease: 'Quad.easeOut',
    });
  }

  /**
   * Ends slot `si`'s flight (only `which`, when given): its cell shows on the canvas again, and
   * the flying element goes once a frame has drawn it there (both on screen for that frame, so
   * the letter never blinks).
   */
  private land(si: number, which?: Flight): void {
    const flight = this.flights.get(si);
    if (!flight || (which && flight !== which)) return;
    this.flights.delete(si);
    if (!this.scene.sys.isActive()) {
      flight.remove();
      return;
    }
    const view = this.slots[si];
    if (view) view.cell.setVisible(view.tile !== null && view.tile !== undefined);
    const game = this.scene.game;
    game.events.once('postrender', () => {
      flight.remove();
    });
    game.events.emit(WAKE_FRAMES);
  }

  /** Takes every flying letter off the screen at once. */
  private clearFlights(): void {
    for (const flight of this.flights.values()) flight.remove();
    this.flights.clear();
  }
}
