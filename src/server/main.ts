// `npm start`: serves the built game and the phones' realtime room on one port, on every
// address of the laptop, and prints the addresses to open. PORT sets the port (default 4173).
import { existsSync } from 'node:fs';
import { lanUrls, startServer } from './server';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`PORT must be a port number (1–65535), not "${process.env.PORT ?? ''}"`);
  process.exit(1);
}

if (!existsSync('dist/index.html')) {
  console.error('No built game in dist/: run `npm run build` first (`npm start` does both).');
  process.exit(1);
}

const server = await startServer({ dir: 'dist', port, host: '::' });

console.log('\nĐuổi hình bắt chữ đang chạy / is running:');
console.log(`  Trên máy này / on this computer:  http://localhost:${server.port}/`);
for (const url of lanUrls(server.port))
  console.log(`  Trong mạng nội bộ / on the local network:  ${url}`);
console.log('  Dừng / stop: Ctrl+C\n');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
