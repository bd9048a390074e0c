import { spawn, type ChildProcess } from 'node:child_process';

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
