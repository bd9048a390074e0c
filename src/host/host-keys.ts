/**
 * Which key does what on the projector. One table serves the key handler, the `?` help
 * overlay and the tests, so what the help shows is always what the keys do.
 * Presentation clickers send PageDown/PageUp (and often the arrows and B), so the essential
 * steps of a meeting also sit on those keys.
 */

export type HostCommand =
  | { readonly type: 'forward' }
  | { readonly type: 'timer' }
  | { readonly type: 'team'; readonly index: number }
  | { readonly type: 'right' }
  | { readonly type: 'wrong' }
  | { readonly type: 'reveal' }
  | { readonly type: 'key-tile' }
  | { readonly type: 'key-guess' }
  | { readonly type: 'add-points' }
  | { readonly type: 'remove-points' }
  | { readonly type: 'vote' }
  | { readonly type: 'undo' }
  | { readonly type: 'end' }
  | { readonly type: 'blank' }
  | { readonly type: 'fullscreen' }
  | { readonly type: 'help' }
  | { readonly type: 'qr' }
  | { readonly type: 'report' }
  | { readonly type: 'menu' }
  | { readonly type: 'cancel' };

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly altKey?: boolean;
}

/** The keys of each command, as the help overlay lists them (first key is the main one). */
export const HOST_KEYS: readonly {
  readonly command: HostCommand['type'];
  readonly keys: readonly string[];
  readonly label: readonly string[];
}[] = [
  { command: 'forward', keys: ['PageDown', 'ArrowRight', 'n', 'N'], label: ['PageDown', '→', 'N'] },
  { command: 'timer', keys: [' ', 's', 'S'], label: ['Space', 'S'] },
  { command: 'team', keys: ['1', '2', '3', '4', '5', '6'], label: ['1 … 6'] },
  { command: 'right', keys: ['Enter', 'ArrowUp', 'd', 'D'], label: ['Enter', '↑', 'D'] },
  { command: 'wrong', keys: ['x', 'X', 'ArrowDown'], label: ['X', '↓'] },
  { command: 'reveal', keys: ['a', 'A'], label: ['A'] },
  { command: 'key-tile', keys: ['k', 'K'], label: ['K'] },
  { command: 'key-guess', keys: ['g', 'G'], label: ['G'] },
  { command: 'add-points', keys: ['+', '='], label: ['+'] },
  { command: 'remove-points', keys: ['-', '_'], label: ['−'] },
  { command: 'vote', keys: ['v', 'V'], label: ['V'] },
  {
    command: 'undo',
    keys: ['PageUp', 'ArrowLeft', 'u', 'U', 'Backspace'],
    label: ['PageUp', '←', 'U'],
  },
  { command: 'end', keys: ['e', 'E'], label: ['E'] },
  { command: 'blank', keys: ['b', 'B', '.'], label: ['B'] },
  { command: 'fullscreen', keys: ['f', 'F'], label: ['F'] },
  { command: 'help', keys: ['?', 'h', 'H', 'F1'], label: ['?', 'H'] },
  { command: 'qr', keys: ['q', 'Q'], label: ['Q'] },
  { command: 'report', keys: ['r', 'R'], label: ['R'] },
  { command: 'menu', keys: ['m', 'M'], label: ['M'] },
  { command: 'cancel', keys: ['Escape'], label: ['Esc'] },
];

/** The command a key press means on the projector, or null for keys the host does not use. */
export function hostCommand(press: KeyPress): HostCommand | null {
  if (press.altKey) return null;
  if ((press.ctrlKey ?? false) || (press.metaKey ?? false)) {
    return press.key === 'z' || press.key === 'Z' ? { type: 'undo' } : null;
  }
  const entry = HOST_KEYS.find((e) => e.keys.includes(press.key));
  if (!entry) return null;
  if (entry.command === 'team') return { type: 'team', index: Number(press.key) - 1 };
  return { type: entry.command };
}

/**
 * Whether a key pressed on `target` is the meeting's: not one typed in a field, nor Enter or
 * Space on a banner's button (take over), which are that button's.
 */
export function keyForMeeting(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return false;
  return !(target instanceof HTMLElement && target.closest('.host-banner'));
}
