import { spawn, type ChildProcess } from 'node:child_process';

/** Serves dist/ (or `dist`) with `vite preview` on `port`, once it answers. */
export async function startPreview(port: number, dist?: string): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${String(port)}/`;
  // A server left on the port (a bench stopped half-way) would answer for this one, with
  // another build: the figures would be that build's.
  if (await answers(base)) throw new Error(`Something already answers on ${base}; stop it first`);
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      ...(dist ? ['--outDir', dist] : []),
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  // Not left serving when the bench ends early (Ctrl-C, a closed pipe, an error).
  const stop = (): void => {
    server.kill();
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  // Up to a minute: on a busy machine loading the config alone takes seconds.
  for (let i = 0; i < 300; i += 1) {
    if (server.exitCode !== null) break;
    if (await answers(base)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
