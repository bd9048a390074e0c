/**
 * The game's code arrived but the engine could not start on this device (no canvas, an error
 * while booting): not a network problem, so the menu does not say "check the network".
 */
export class GameStartError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'GameStartError';
  }
}
