/**
 * The room server alone, for `npm run bench:room`: on the loopback only, on the port given,
 * answering the parent's "memory?" with its own memory figures.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/server';

const dir = mkdtempSync(join(tmpdir(), 'room-bench-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>bench</title>');
const server = await startServer({ dir, port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('message', (message) => {
  if (message === 'memory?') process.send?.({ memory: process.memoryUsage() });
  if (message === 'stop') void server.close().then(() => process.exit(0));
});
process.send?.({ ready: server.port });
