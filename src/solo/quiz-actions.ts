/**
 * The quiz's hint, type and skip buttons, and the keys of the letter puzzle: which command each
 * is, and when it can be used, as pure functions of the state; the buttons are made for their
 * area and shown by the scene.
 */
import { SOLO_SCORING } from '../core/quiz/scoring';
import type { SoloAction, SoloState } from '../core/quiz/solo';
import type { ButtonStyle, Button } from '../shared/ui/button';
import { t } from '../shared/i18n';
import { COLOR } from '../shared/ui/theme';
import { CLUE_BUTTON } from './picture-strip';
import { actionLayout, type Box } from './quiz-layout';

/** What a hint, type or skip button asks for. */
export type ActionCommand = 'reveal-letter' | 'remove-decoys' | 'type' | 'skip' | 'clue';

/** Makes a canvas button the way the scene does, in `box`. */
export type MakeButton = (
  id: string,
  box: Box,
  text: string,
  onActivate: () => void,
  style?: ButtonStyle,
) => Button;

/** The buttons in order: id, label, command. */
function actionButtons(): readonly (readonly [string, string, ActionCommand])[] {
  return [
    ['hint-letter', t('quiz.hintLetter', { cost: SOLO_SCORING.revealLetterCost }), 'reveal-letter'],
    ['hint-decoys', t('quiz.hintDecoys', { cost: SOLO_SCORING.removeDecoysCost }), 'remove-decoys'],
    ['type', t('quiz.type'), 'type'],
    ['skip', t('quiz.skip'), 'skip'],
  ];
}

/** Which buttons can be pressed in `s`, in order: all while a question is open, but the decoys' once they are gone. */
export function actionsEnabled(s: SoloState): boolean[] {
  const open = s.phase === 'question';
  const canDropDecoys = !s.decoysRemoved && (s.puzzle?.bank.some((x) => x.decoy) ?? false);
  return [open, open && canDropDecoys, open, open];
}

/**
 * The core's action for a hint or skip command; null for typing (it opens the form) and the
 * clue (bought, or its box opened and closed, by the scene).
 */
export function commandAction(command: ActionCommand, at: number): SoloAction | null {
  if (command === 'type' || command === 'clue') return null;
  return command === 'skip' ? { type: 'skip', at } : { type: 'hint', hint: command, at };
}

/** What a key pressed over the game (not in the typed-answer form) does to the puzzle. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/**
 * A key's action while a question is open and the typed-answer form closed: Backspace takes
 * back the last letter, a letter or digit goes in the next slot; anything else, nothing.
 */
export function keyAction(
  e: KeyPress,
  s: SoloState,
  formOpen: boolean,
  at: number,
): SoloAction | null {
  if (formOpen || s.phase !== 'question') return null;
  if (e.key === 'Backspace') return { type: 'backspace', at };
  if (/^[\p{L}\p{N}]$/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey)
    return { type: 'type-letter', letter: e.key, at };
  return null;
}

/**
 * The four buttons, made again for each new area and hidden while the screen is laid out for
 * typing, and the clue button on the picture's top row, made once.
 */
export class QuizActions {
  private made: Button[] = [];
  private readonly clue: Button;

  constructor(
    private readonly make: MakeButton,
    private readonly run: (command: ActionCommand) => void,
    area: Box,
  ) {
    this.place(area);
    this.clue = make(
      'hint-clue',
      { x: 0, y: 0, ...CLUE_BUTTON },
      '',
      () => {
        run('clue');
      },
      { fontSize: 16, fill: COLOR.accent, textColor: '#14213d' },
    );
  }

  /** Makes the buttons in `area`; answers the ones they replace (destroyed). */
  place(area: Box): Button[] {
    const old = this.made;
    for (const b of old) b.destroy();
    const specs = actionButtons();
    const boxes = actionLayout(specs.length, area);
    this.made = specs.map(([id, text, command], i) => {
      const b = boxes[i] ?? area;
      return this.make(
        id,
        b,
        text,
        () => {
          this.run(command);
        },
        { fontSize: 16 },
      );
    });
    return old;
  }

  /** Shows `s`: the four hidden while typing (`hidden`), the clue in `clueBox` when `hasClue`. */
  show(s: SoloState, hidden: boolean, hasClue: boolean, clueBox: Box): void {
    const enabled = actionsEnabled(s);
    this.made.forEach((b, i) => b.setVisible(!hidden).setEnabled(enabled[i] ?? false));
    const shown = s.phase === 'question' && hasClue;
    this.clue
      .setPosition(clueBox.x + clueBox.w / 2, clueBox.y + clueBox.h / 2)
      .setText(
        s.clueShown ? t('quiz.hintClueAgain') : t('quiz.hintClue', { cost: SOLO_SCORING.clueCost }),
      )
      .setVisible(shown)
      .setEnabled(shown);
  }
}
