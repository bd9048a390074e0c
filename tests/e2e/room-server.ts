import { spawn, type ChildProcess } from 'node:child_process';
import { devices, type Browser, type Page } from '@playwright/test';

/**
 * `npm start`'s server (the built game and the phones' room) as a child process the room test
 * starts, stops and starts again on one port, as a facilitator restarting the laptop's server.
 */
export class RoomServerProcess {
  private child: ChildProcess | null = null;
  private log = '';

  constructor(readonly port: number) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      env: { ...process.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        this.log += chunk.toString();
        // main.ts prints how to stop it once it listens.
        if (this.log.includes('Ctrl+C')) resolve();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        reject(new Error(`the room server exited (${String(code)}):\n${this.log}`));
      });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => {
      child.once('exit', () => {
        resolve();
      });
    });
    child.kill('SIGTERM');
    await exited;
    this.log = '';
  }
}

/** An action of the projector's saved log, as far as the room tests read it. */
export interface LoggedAction {
  readonly by: string;
  readonly action: {
    type: string;
    phone?: string;
    seq?: number;
    team?: string;
    option?: number;
    hands?: number[];
  };
}

/** The projector's saved log: what undo, reload and the report read. */
export async function savedLog(page: Page): Promise<LoggedAction[]> {
  const raw = await page.evaluate(() => localStorage.getItem('dhbc.meeting.session'));
  return (JSON.parse(raw ?? '{"actions":[]}') as { actions: LoggedAction[] }).actions;
}

/** A phone in the hall: a browser context of its own. */
export async function newPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ ...devices['Pixel 7'] });
  return context.newPage();
}
