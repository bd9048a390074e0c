import { spawn, type ChildProcess } from 'node:child_process';

/** Serves dist/ (or `dist`) with `vite preview` on `port`, once it answers. */
export async function startPreview(port: number, dist?: string): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${String(port)}/`;
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
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(base)).ok) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${base}`);
}
